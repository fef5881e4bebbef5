import { useId, type ReactNode } from 'react';
import { FormErrorSummary, SubmitButton } from '@werkplek/ui';
import { SubmissionResult, type Submission } from '@werkplek/frontend-kit';

export interface StepFormProps {
  title: string;
  submitLabel: string;
  /** The form's useSubmission(): its field errors, pending state (no double submit), server error and confirmation. */
  submission: Submission;
  /** Validate and send through `submission.run`; called on submit. */
  onSubmit: () => void;
  children?: ReactNode;
  errorTitle?: string;
}

/**
 * The frame every workflow step form shares (complaints, appeals, agreements, votes): a titled form with the error
 * summary, one submit button, and the server's answer. The fields stay in the step's own component.
 */
export function StepForm({ title, submitLabel, submission, onSubmit, children, errorTitle }: StepFormProps) {
  const id = useId();
  return (
    <form
      className="wp-dl-step-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h4 id={`${id}-title`}>{title}</h4>
      <FormErrorSummary errors={submission.errors} focusKey={submission.attempts} />
      {children}
      <SubmitButton pending={submission.pending}>{submitLabel}</SubmitButton>
      <SubmissionResult error={submission.error} confirmation={submission.confirmation} {...(errorTitle ? { errorTitle } : {})} />
    </form>
  );
}

/** Text between min and max characters after trimming (the services' limits), with a Dutch message. */
export function textError(value: string, what: string, min: number, max = 2000): string | undefined {
  const length = value.trim().length;
  if (length === 0) return `Vul ${what} in.`;
  if (length < min) return `Gebruik minstens ${min} tekens voor ${what}.`;
  if (length > max) return `Gebruik hoogstens ${max} tekens voor ${what}.`;
  return undefined;
}
