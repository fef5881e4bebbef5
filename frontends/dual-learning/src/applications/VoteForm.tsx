import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { RadioGroup, SelectField, TextAreaField } from '@werkplek/ui';
import { useSubmission } from '@werkplek/frontend-kit';
import type { RejectionReason } from '../gql/graphql.js';
import { options, rejectionReasonLabels } from '../shared/labels.js';
import { StepForm } from '../shared/StepForm.js';
import { APPLICATION_QUERY, CAST_VOTE } from './applications.operations.js';

const voteOptions = [
  { value: 'for', label: 'Voor goedkeuring' },
  { value: 'against', label: 'Tegen (bezwaar)' },
];

/**
 * The vote (or objection) of a voting member of the partnership (BR-10): at the weekly unanimous vote, or against a
 * proposal without objection. A vote against needs a coded reason (BR-08). Voting again replaces one's earlier vote.
 */
export function VoteForm({ applicationId }: { applicationId: string }) {
  const id = useId();
  const [vote, setVote] = useState<string>();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const submission = useSubmission();
  const [cast] = useMutation(CAST_VOTE, { refetchQueries: [{ query: APPLICATION_QUERY, variables: { id: applicationId } }], awaitRefetchQueries: true });

  function submit() {
    void submission.run(
      () =>
        cast({
          variables: {
            input: {
              applicationId,
              approve: vote === 'for',
              ...(vote === 'against' ? { rejectionReason: reason as RejectionReason } : {}),
              ...(note.trim() ? { note: note.trim() } : {}),
            },
          },
        }),
      {
        success: vote === 'for' ? 'Uw stem voor goedkeuring is vastgelegd.' : 'Uw stem tegen is vastgelegd.',
        validate: () => [
          ...(vote ? [] : [{ fieldId: `${id}-vote`, message: 'Kies voor of tegen.' }]),
          ...(vote === 'against' && !reason ? [{ fieldId: `${id}-reason`, message: 'Kies de reden van uw bezwaar.' }] : []),
        ],
      },
    );
  }

  return (
    <StepForm title="Stemmen" submitLabel="Stem uitbrengen" submission={submission} onSubmit={submit} errorTitle="Uw stem is niet vastgelegd.">
      <RadioGroup id={`${id}-vote`} name={`${id}-vote`} legend="Uw stem" options={voteOptions} value={vote} onChange={setVote} error={submission.errorFor(`${id}-vote`)} required />
      {vote === 'against' && (
        <SelectField id={`${id}-reason`} label="Reden van het bezwaar" placeholder="Kies een reden" options={options(rejectionReasonLabels)} value={reason} onChange={(event) => setReason(event.target.value)} error={submission.errorFor(`${id}-reason`)} required />
      )}
      <TextAreaField label="Toelichting (optioneel)" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
    </StepForm>
  );
}
