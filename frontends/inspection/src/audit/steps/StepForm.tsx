import { useState, type ReactNode } from 'react';
import { Alert, FormErrorSummary, SubmitButton, type FormError } from '@werkplek/ui';
import type { FieldWork, NewOperation } from '../../offline/useFieldWork.js';
import { newId } from '../../shared/ids.js';
import { useSubmission } from '../../shared/useSubmission.js';

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
        void form.run(validate, async () => {
          const result = await work.submit(operation(clientMutationId));
          return result === 'sent' ? `${title}: gelukt.` : `${title}: bewaard op dit toestel; wordt verzonden zodra er verbinding is.`;
        });
      }}
    >
      <h4 id={headingId}>{title}</h4>
      {intro}
      {form.confirmation && (
        <p className="wp-inspection__confirmation" role="status" tabIndex={-1} ref={form.confirmationRef}>
          {form.confirmation}
        </p>
      )}
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      {form.serverError && <Alert title={`${title}: niet gelukt.`}>{form.serverError}</Alert>}
      {children?.(form.errorFor)}
      <SubmitButton pending={form.pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
