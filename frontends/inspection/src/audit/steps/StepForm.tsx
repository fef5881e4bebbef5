import { useState, type ReactNode } from 'react';
import { FormErrorSummary, SubmitButton, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import type { FieldWork, NewOperation } from '../../offline/useFieldWork.js';
import { newId } from '../../shared/ids.js';

export interface StepFormProps {
  title: string;
  submitLabel: string;
  work: FieldWork;
  validate: () => FormError[];
  /** The step's mutation with this form's clientMutationId. */
  operation: (clientMutationId: string) => NewOperation;
  /** The fields; each gets its error with `errorFor`. */
  children?: (errorFor: (fieldId: string) => string | undefined) => ReactNode;
  intro?: ReactNode;
}

/**
 * One step of the audit workflow as a form. The clientMutationId is chosen once per form, so a double click, a retry
 * or the queued repeat after a lost connection takes the step once.
 */
export function StepForm({ title, submitLabel, work, validate, operation, children, intro }: StepFormProps) {
  const [clientMutationId] = useState(newId);
  const form = useSubmission();
  const headingId = `stap-${clientMutationId}`;
  return (
    <form
      className="wp-form wp-inspection__form wp-inspection__step"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(async () => {
          const result = await work.submit(operation(clientMutationId));
          return result === 'sent' ? `${title}: gelukt.` : `${title}: bewaard op dit toestel; wordt verzonden zodra er verbinding is.`;
        }, { validate });
      }}
    >
      <h4 id={headingId}>{title}</h4>
      {intro}
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle={`${title}: niet gelukt.`} />
      {children?.(form.errorFor)}
      <SubmitButton pending={form.pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
