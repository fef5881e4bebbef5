import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, DateField, FormErrorSummary, NumberField, SelectField, SubmitButton, type FormError } from '@werkplek/ui';
import { SubmissionResult, formatDate, today, useSubmission } from '@werkplek/frontend-kit';
import type { CertificateType } from '../gql/graphql.js';
import { certificateTypeLabels } from '../shared/labels.js';
import { ISSUE_CERTIFICATE_MUTATION } from './offer.operations.js';

export interface IssueCertificateFormProps {
  enrolment: {
    id: string;
    learner: { id: string; name: string };
    track: { id: string; name: string };
    /** From the API: the types that fit the track and that the caller may issue today (§2.5). */
    issuableCertificateTypes: readonly CertificateType[];
  };
  onDone: (confirmation: string) => void | Promise<void>;
  onCancel: () => void;
  /** Today in Brussels (yyyy-mm-dd); a parameter for tests. */
  todayIs?: string;
}

/** Issue a certificate on a passed enrolment; the types offered are the ones the API says fit (certificate.md, §2.5). */
export function IssueCertificateForm({ enrolment, onDone, onCancel, todayIs = today() }: IssueCertificateFormProps) {
  const ids = { type: `training-certificate-type-${enrolment.id}`, issuedOn: `training-certificate-on-${enrolment.id}`, examYear: `training-certificate-year-${enrolment.id}` };
  const types = enrolment.issuableCertificateTypes;
  const [type, setType] = useState<string>(types.length === 1 ? types[0]! : '');
  const [issuedOn, setIssuedOn] = useState(todayIs);
  const [examYear, setExamYear] = useState('');
  const submission = useSubmission();
  const [issue] = useMutation(ISSUE_CERTIFICATE_MUTATION);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form opens below the list: move focus to it so keyboard and screen reader users land in it.
  useEffect(() => headingRef.current?.focus(), []);

  function validate(): FormError[] {
    const found: FormError[] = [];
    if (!types.includes(type as CertificateType)) found.push({ fieldId: ids.type, message: 'Kies het soort attest.' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) found.push({ fieldId: ids.issuedOn, message: 'Geef de datum van uitreiking.' });
    else if (issuedOn > todayIs) found.push({ fieldId: ids.issuedOn, message: 'De datum van uitreiking ligt niet in de toekomst.' });
    if (examYear !== '') {
      // The service's rule: the exam year is the calendar year of issue, or the year before for last year's exam.
      const issueYear = Number(issuedOn.slice(0, 4));
      const year = Number(examYear);
      if (!Number.isInteger(year) || year > issueYear || year < issueYear - 1) {
        found.push({ fieldId: ids.examYear, message: `Het examenjaar is ${issueYear} of ${issueYear - 1}.` });
      }
    }
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submission.run(
      async () => {
        const result = await issue({
          variables: {
            input: {
              learnerId: enrolment.learner.id,
              trackId: enrolment.track.id,
              type: type as CertificateType,
              issuedOn,
              ...(examYear !== '' ? { examYear: Number(examYear) } : {}),
            },
          },
        });
        const number = result.data?.issueCertificate.number;
        await onDone(`${number ? `Attest ${number}` : 'Het attest'} is uitgereikt aan ${enrolment.learner.name} op ${formatDate(issuedOn)}.`);
      },
      { validate },
    );
  }

  const titleId = `training-certificate-title-${enrolment.id}`;
  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} tabIndex={-1}>Attest uitreiken: {enrolment.learner.name}</h3>
      <p>Traject {enrolment.track.name}, afgerond met resultaat geslaagd.</p>
      <FormErrorSummary errors={submission.errors} focusKey={submission.attempts} />
      <SubmissionResult error={submission.error} errorTitle="Het attest kon niet worden uitgereikt." />
      <SelectField
        id={ids.type}
        label="Soort attest"
        required
        placeholder="Kies een soort"
        options={types.map((value) => ({ value, label: certificateTypeLabels[value] }))}
        value={type}
        error={submission.errorFor(ids.type)}
        onChange={(event) => setType(event.target.value)}
      />
      <DateField id={ids.issuedOn} label="Uitgereikt op" required max={todayIs} value={issuedOn} error={submission.errorFor(ids.issuedOn)} onChange={(event) => setIssuedOn(event.target.value)} />
      <NumberField
        id={ids.examYear}
        label="Examenjaar"
        hint="Leeg: het kalenderjaar van uitreiking. Vul het vorige jaar in voor een examen van vorig jaar."
        value={examYear}
        error={submission.errorFor(ids.examYear)}
        onChange={(event) => setExamYear(event.target.value)}
      />
      <div className="wp-training__actions">
        <SubmitButton pending={submission.pending} pendingLabel="Bezig met uitreiken…">
          Attest uitreiken
        </SubmitButton>
        <Button variant="secondary" onClick={onCancel} disabled={submission.pending}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
