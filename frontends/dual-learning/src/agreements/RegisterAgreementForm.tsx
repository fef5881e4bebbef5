import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, DateField, DescriptionList, FormErrorSummary, LoadingIndicator, NumberField, SelectField, SubmitButton, TextField, apiErrorMessage, type FormError } from '@werkplek/ui';
import { AreaLink, SubmissionResult, formatDate, today, useArea, useHeadingFocus, useSubmission } from '@werkplek/frontend-kit';
import type { AgreementType } from '../gql/graphql.js';
import { RECOGNITION_QUERY } from '../recognitions/recognitions.operations.js';
import { agreementTypeLabels, options } from '../shared/labels.js';
import { REGISTER_AGREEMENT } from './agreements.operations.js';

interface Values {
  type: string;
  mentorId: string;
  learnerName: string;
  trainingProvider: string;
  studyDirection: string;
  birthDate: string;
  startDate: string;
  plannedEndDate: string;
  weeklyHours: string;
}

const initialValues: Values = { type: '', mentorId: '', learnerName: '', trainingProvider: '', studyDirection: '', birthDate: '', startDate: today(), plannedEndDate: '', weeklyHours: '' };

/** Validation with Dutch messages; the API checks the rest (BR-31 validity, caps §4.2) and its refusal is shown. */
export function validateAgreement(values: Values, fieldId: (name: keyof Values) => string, validFrom: string, validUntil: string): FormError[] {
  const errors: FormError[] = [];
  if (!values.type) errors.push({ fieldId: fieldId('type'), message: 'Kies de soort overeenkomst.' });
  if (!values.mentorId) errors.push({ fieldId: fieldId('mentorId'), message: 'Kies de mentor.' });
  if (!values.learnerName.trim()) errors.push({ fieldId: fieldId('learnerName'), message: 'Vul de naam van de leerling in.' });
  if (!values.trainingProvider.trim()) errors.push({ fieldId: fieldId('trainingProvider'), message: 'Vul de opleidingsverstrekker (school) in.' });
  if (!values.startDate) errors.push({ fieldId: fieldId('startDate'), message: 'Vul de startdatum in.' });
  else if (values.startDate < validFrom || values.startDate > validUntil) {
    errors.push({ fieldId: fieldId('startDate'), message: `De start valt binnen de geldigheid van de erkenning (${formatDate(validFrom)} tot ${formatDate(validUntil)}).` });
  }
  if (!values.plannedEndDate) errors.push({ fieldId: fieldId('plannedEndDate'), message: 'Vul de voorziene einddatum in.' });
  else if (values.startDate && values.plannedEndDate <= values.startDate) errors.push({ fieldId: fieldId('plannedEndDate'), message: 'De voorziene einddatum ligt na de startdatum.' });
  if (values.weeklyHours && !(Number.isInteger(Number(values.weeklyHours)) && Number(values.weeklyHours) > 0 && Number(values.weeklyHours) <= 40)) {
    errors.push({ fieldId: fieldId('weeklyHours'), message: 'Geef een geheel aantal uren tussen 1 en 40.' });
  }
  return errors;
}

/** Register an agreement under an active recognition (workplace, training and mentors come from it). */
export function RegisterAgreementForm({ recognitionId }: { recognitionId: string | null }) {
  const id = useId();
  const headingRef = useHeadingFocus();
  const { navigate } = useArea();
  const [values, setValues] = useState<Values>(initialValues);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const action = useSubmission();
  const [register] = useMutation(REGISTER_AGREEMENT);
  const recognitionQuery = useQuery(RECOGNITION_QUERY, { variables: { id: recognitionId ?? '' }, skip: !recognitionId });
  const recognition = recognitionQuery.data?.recognition;
  const fieldId = (name: keyof Values) => `${id}-${name}`;
  const errorFor = (name: keyof Values) => errors.find((error) => error.fieldId === fieldId(name))?.message;
  const set = (name: keyof Values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });

  const heading = (
    <h2 ref={headingRef} tabIndex={-1}>
      Overeenkomst registreren
    </h2>
  );
  if (!recognitionId) {
    return (
      <>
        {heading}
        <p>
          Kies eerst een actieve <AreaLink to="erkenningen">erkenning</AreaLink>: een overeenkomst loopt onder de erkenning van de werkplek voor de opleiding (BR-31).
        </p>
      </>
    );
  }
  if (!recognition) {
    return (
      <>
        {heading}
        {recognitionQuery.loading && <LoadingIndicator label="De erkenning wordt geladen…" />}
        {recognitionQuery.error && <Alert title="De erkenning kon niet worden geladen.">{apiErrorMessage(recognitionQuery.error)}</Alert>}
      </>
    );
  }
  if (recognition.status !== 'ACTIVE') {
    return (
      <>
        {heading}
        <Alert tone="warning">Deze erkenning is niet actief: er kan geen overeenkomst onder worden geregistreerd.</Alert>
      </>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!recognition) return;
    const found = validateAgreement(values, fieldId, recognition.validFrom, recognition.validUntil);
    setErrors(found);
    setAttempts((value) => value + 1);
    if (found.length > 0) return;
    let createdId: string | undefined;
    const ok = await action.run(async () => {
      const result = await register({
        variables: {
          input: {
            type: values.type as AgreementType,
            workplaceId: recognition.workplace.id,
            trainingId: recognition.training.id,
            mentorId: values.mentorId,
            learner: {
              name: values.learnerName.trim(),
              trainingProvider: values.trainingProvider.trim(),
              ...(values.studyDirection.trim() ? { studyDirection: values.studyDirection.trim() } : {}),
              ...(values.birthDate ? { birthDate: values.birthDate } : {}),
            },
            startDate: values.startDate,
            plannedEndDate: values.plannedEndDate,
            ...(values.weeklyHours ? { weeklyWorkplaceHours: Number(values.weeklyHours) } : {}),
          },
        },
      });
      createdId = result.data?.registerAgreement.id;
    }, { success: 'De overeenkomst is geregistreerd.' });
    if (ok && createdId) navigate(`overeenkomsten/${createdId}?nieuw=1`);
  }

  return (
    <>
      <p>
        <AreaLink to={`erkenningen/${recognition.id}`}>Terug naar de erkenning</AreaLink>
      </p>
      {heading}
      <DescriptionList
        items={[
          { term: 'Werkplek', description: recognition.workplace.name },
          { term: 'Opleiding', description: recognition.training.name },
          { term: 'Erkenning geldig', description: `${formatDate(recognition.validFrom)} tot ${formatDate(recognition.validUntil)}` },
        ]}
      />
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Overeenkomst registreren">
        <FormErrorSummary errors={errors} focusKey={attempts} />
        <SelectField id={fieldId('type')} label="Soort overeenkomst" placeholder="Kies een soort" options={options(agreementTypeLabels).filter((option) => option.value !== 'TRANSITIONAL')} value={values.type} onChange={set('type')} error={errorFor('type')} required />
        <SelectField id={fieldId('mentorId')} label="Mentor" placeholder="Kies een mentor" options={recognition.mentors.map((mentor) => ({ value: mentor.id, label: mentor.name }))} value={values.mentorId} onChange={set('mentorId')} error={errorFor('mentorId')} required />
        <fieldset className="wp-fieldset">
          <legend>Leerling</legend>
          <TextField id={fieldId('learnerName')} label="Naam van de leerling" autoComplete="off" value={values.learnerName} onChange={set('learnerName')} error={errorFor('learnerName')} required />
          <TextField id={fieldId('trainingProvider')} label="Opleidingsverstrekker (school)" value={values.trainingProvider} onChange={set('trainingProvider')} error={errorFor('trainingProvider')} required />
          <TextField id={fieldId('studyDirection')} label="Studierichting (optioneel)" value={values.studyDirection} onChange={set('studyDirection')} />
          <DateField id={fieldId('birthDate')} label="Geboortedatum (optioneel)" value={values.birthDate} max={today()} onChange={set('birthDate')} />
        </fieldset>
        <DateField id={fieldId('startDate')} label="Startdatum" value={values.startDate} min={recognition.validFrom} max={recognition.validUntil} onChange={set('startDate')} error={errorFor('startDate')} required />
        <DateField id={fieldId('plannedEndDate')} label="Voorziene einddatum" value={values.plannedEndDate} onChange={set('plannedEndDate')} error={errorFor('plannedEndDate')} required />
        <NumberField id={fieldId('weeklyHours')} label="Uren per week op de werkplek (optioneel)" hint="Duaal vraagt meer dan 14 uur per week (BR-36)." value={values.weeklyHours} onChange={set('weeklyHours')} error={errorFor('weeklyHours')} />
        <SubmitButton pending={action.pending} pendingLabel="De overeenkomst wordt geregistreerd…">
          Overeenkomst registreren
        </SubmitButton>
      </form>
      <SubmissionResult error={action.error} errorTitle="De overeenkomst is niet geregistreerd." />
    </>
  );
}
