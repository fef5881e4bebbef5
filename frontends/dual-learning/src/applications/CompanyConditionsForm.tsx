import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormErrorSummary, RadioGroup, SubmitButton, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import { APPLICATION_QUERY, RECORD_COMPANY_CONDITIONS } from './applications.operations.js';

const conditions = [
  { key: 'companyInOrder', legend: 'Onderneming administratief in orde' },
  { key: 'equipmentSufficient', legend: 'Voldoende uitrusting' },
  { key: 'financiallyCapable', legend: 'Voldoende financiële draagkracht' },
  { key: 'noConvictions', legend: 'Geen veroordelingen' },
] as const;
type ConditionKey = (typeof conditions)[number]['key'];
export type ConditionValues = Record<ConditionKey, boolean | null>;

const yesNoOptions = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nee' },
];

/** The four conditions of the company (BR-03); all four "ja" is needed to approve. */
export function CompanyConditionsForm({ applicationId, current }: { applicationId: string; current: ConditionValues }) {
  const id = useId();
  const [values, setValues] = useState<Record<ConditionKey, string | undefined>>(() => {
    const initial = {} as Record<ConditionKey, string | undefined>;
    for (const { key } of conditions) initial[key] = current[key] === null ? undefined : current[key] ? 'yes' : 'no';
    return initial;
  });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const action = useSubmission();
  const [record] = useMutation(RECORD_COMPANY_CONDITIONS, { refetchQueries: [{ query: APPLICATION_QUERY, variables: { id: applicationId } }], awaitRefetchQueries: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = conditions.filter(({ key }) => !values[key]).map(({ key, legend }) => ({ fieldId: `${id}-${key}`, message: `Beantwoord: ${legend.toLowerCase()}.` }));
    setErrors(found);
    setAttempts((value) => value + 1);
    if (found.length > 0) return;
    await action.run(
      () =>
        record({
          variables: {
            input: {
              applicationId,
              companyInOrder: values.companyInOrder === 'yes',
              equipmentSufficient: values.equipmentSufficient === 'yes',
              financiallyCapable: values.financiallyCapable === 'yes',
              noConvictions: values.noConvictions === 'yes',
            },
          },
        }),
      { success: 'De voorwaarden van de onderneming zijn vastgelegd.' },
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Voorwaarden van de onderneming</h4>
      <FormErrorSummary errors={errors} focusKey={attempts} />
      {conditions.map(({ key, legend }) => (
        <RadioGroup
          key={key}
          id={`${id}-${key}`}
          legend={legend}
          name={`${id}-${key}`}
          options={yesNoOptions}
          value={values[key]}
          onChange={(value) => setValues({ ...values, [key]: value })}
          error={errors.find((error) => error.fieldId === `${id}-${key}`)?.message}
          required
        />
      ))}
      <SubmitButton pending={action.pending}>Voorwaarden bewaren</SubmitButton>
      <SubmissionResult error={action.error} confirmation={action.confirmation} />
    </form>
  );
}
