import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormErrorSummary, NumberField, SelectField, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useArea, useSubmission } from '@werkplek/frontend-kit';
import { DRAFT_QUALITATIVE_PLAN_MUTATION, QUALITATIVE_PLAN_SECTIONS_QUERY } from './qualitativePlans.operations.js';
import { lengthError, limits } from './qualitativePlanValidation.js';

const ids = { year: 'training-qp-year', section: 'training-qp-section', text: 'training-qp-text' } as const;

/**
 * A centre user starts its qualitative annual plan for a year with a first item (the API wants at least one); the
 * other items are added on the plan itself.
 */
export function DraftQualitativePlanForm({ defaultYear }: { defaultYear: number }) {
  const { navigate } = useArea();
  const sections = useQuery(QUALITATIVE_PLAN_SECTIONS_QUERY);
  const [year, setYear] = useState(String(defaultYear));
  const [section, setSection] = useState('');
  const [text, setText] = useState('');
  const submission = useSubmission();
  const [draft] = useMutation(DRAFT_QUALITATIVE_PLAN_MUTATION);

  function validate(): FormError[] {
    const found: FormError[] = [];
    const value = Number(year);
    if (!/^\d{4}$/.test(year.trim()) || value < 2017 || value > 2100) found.push({ fieldId: ids.year, message: 'Geef een jaar tussen 2017 en 2100.' });
    if (!section) found.push({ fieldId: ids.section, message: 'Kies een rubriek.' });
    const textError = lengthError(text, limits.itemText, 'de tekst');
    if (textError) found.push({ fieldId: ids.text, message: textError });
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let planId: string | undefined;
    const ok = await submission.run(
      async () => {
        const result = await draft({ variables: { input: { year: Number(year), items: [{ section, text: text.trim() }] } } });
        planId = result.data?.draftQualitativePlan.id;
      },
      { validate },
    );
    if (ok && planId) navigate(`/kwalitatieve-jaarplannen/${encodeURIComponent(planId)}`);
  }

  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="training-qp-draft-title">
      <h3 id="training-qp-draft-title">Kwalitatief jaarplan opstellen</h3>
      <p>Start het jaarplan van uw centrum met een eerste item; de andere items voegt u daarna toe, per rubriek van het sjabloon.</p>
      <FormErrorSummary errors={submission.errors} focusKey={submission.attempts} />
      <SubmissionResult error={submission.error} errorTitle="Het jaarplan kon niet worden opgesteld." />
      <NumberField id={ids.year} label="Jaar" required value={year} error={submission.errorFor(ids.year)} onChange={(event) => setYear(event.target.value)} />
      <SelectField
        id={ids.section}
        label="Rubriek"
        required
        placeholder={sections.loading ? 'Rubrieken laden…' : 'Kies een rubriek'}
        options={(sections.data?.qualitativePlanSections ?? []).map((candidate) => ({ value: candidate.code, label: candidate.name + (candidate.required ? ' (verplicht)' : '') }))}
        value={section}
        error={submission.errorFor(ids.section)}
        onChange={(event) => setSection(event.target.value)}
      />
      <TextAreaField
        id={ids.text}
        label="Inhoud van het item"
        hint={`Minstens ${limits.itemText.min} tekens.`}
        required
        value={text}
        error={submission.errorFor(ids.text)}
        onChange={(event) => setText(event.target.value)}
      />
      <SubmitButton pending={submission.pending} pendingLabel="Bezig met opstellen…">
        Jaarplan opstellen
      </SubmitButton>
    </form>
  );
}
