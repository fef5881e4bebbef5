import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ConfirmDialog, Notice } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import { SUBMIT_QUALITATIVE_PLAN_MUTATION } from './qualitativePlans.operations.js';

export interface SubmitQualitativePlanProps {
  planId: string;
  year: number;
  /** Names of the required sections without an item: the service refuses submission until each has one. */
  missingSections: readonly string[];
  /** The API lists `submit` in the plan's allowedSteps; otherwise only what is missing is shown, no button. */
  allowed: boolean;
  onSubmitted: () => void | Promise<void>;
}

/** A centre user submits its draft plan after confirming; afterwards it is locked. */
export function SubmitQualitativePlan({ planId, year, missingSections, allowed, onSubmitted }: SubmitQualitativePlanProps) {
  const [confirming, setConfirming] = useState(false);
  const submission = useSubmission();
  const [submit] = useMutation(SUBMIT_QUALITATIVE_PLAN_MUTATION);

  async function doSubmit() {
    await submission.run(async () => {
      await submit({ variables: { id: planId } });
      await onSubmitted();
    });
    setConfirming(false);
  }

  return (
    <section aria-labelledby="training-qp-submit-title" className="wp-training__form">
      <h3 id="training-qp-submit-title">Indienen</h3>
      <SubmissionResult error={submission.error} errorTitle="Het jaarplan kon niet worden ingediend." />
      {!allowed || missingSections.length > 0 ? (
        <Notice tone="warning" title="Nog niet klaar om in te dienen">
          {missingSections.length > 0 ? `Voeg eerst een item toe voor: ${missingSections.join(', ')}.` : 'Je kunt dit jaarplan nu niet indienen.'}
        </Notice>
      ) : (
        <p>Na het indienen kunnen geen items meer worden toegevoegd.</p>
      )}
      {allowed && (
        <Button onClick={() => setConfirming(true)} disabled={submission.pending}>
          Jaarplan indienen
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Kwalitatief jaarplan ${year} indienen?`}
        confirmLabel="Indienen"
        pending={submission.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void doSubmit()}
      >
        <p>Het agentschap beoordeelt het jaarplan daarna tegenover de doelstellingen van het JOP.</p>
      </ConfirmDialog>
    </section>
  );
}
