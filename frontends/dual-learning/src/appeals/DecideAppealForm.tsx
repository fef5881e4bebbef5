import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { RadioGroup, TextAreaField, TextField } from '@werkplek/ui';
import { useSubmission } from '@werkplek/frontend-kit';
import type { AppealOutcome } from '../gql/graphql.js';
import { appealOutcomeLabels, options } from '../shared/labels.js';
import { StepForm, textError } from '../shared/StepForm.js';
import { APPEAL_QUERY, DECIDE_APPEAL } from './appeals.operations.js';

const consensusOptions = [
  { value: 'yes', label: 'Ja, de leden beslisten bij consensus' },
  { value: 'no', label: 'Nee, de voorzitter besliste' },
];

/** The final decision of the appeals commission: confirm or annul (BR-44), by consensus or else by the chair (BR-45). */
export function DecideAppealForm({ appealId, onDone }: { appealId: string; onDone: (message: string) => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState<string>();
  const [consensus, setConsensus] = useState<string>();
  const [chairName, setChairName] = useState('');
  const [motivation, setMotivation] = useState('');
  const submission = useSubmission();
  const [decide] = useMutation(DECIDE_APPEAL, { refetchQueries: [{ query: APPEAL_QUERY, variables: { id: appealId } }], awaitRefetchQueries: true });

  function submit() {
    void submission
      .run(
        () =>
          decide({
            variables: {
              id: appealId,
              input: { outcome: outcome as AppealOutcome, consensus: consensus === 'yes', motivation: motivation.trim(), ...(consensus === 'no' ? { chairName: chairName.trim() } : {}) },
            },
          }),
        {
          validate: () => {
            const motivationError = textError(motivation, 'de motivering', 10, 5000);
            return [
              ...(outcome ? [] : [{ fieldId: `${id}-outcome`, message: 'Kies de beslissing van de beroepscommissie.' }]),
              ...(consensus ? [] : [{ fieldId: `${id}-consensus`, message: 'Duid aan of de leden bij consensus beslisten.' }]),
              ...(consensus === 'no' && !chairName.trim() ? [{ fieldId: `${id}-chair`, message: 'Vul de naam van de voorzitter in.' }] : []),
              ...(motivationError ? [{ fieldId: `${id}-motivation`, message: motivationError }] : []),
            ];
          },
        },
      )
      .then((ok) => ok && onDone(outcome === 'ANNULLED' ? 'De betwiste beslissing is vernietigd.' : 'De betwiste beslissing is bevestigd.'));
  }

  return (
    <StepForm title="Eindbeslissing van de beroepscommissie" submitLabel="Eindbeslissing vastleggen" submission={submission} onSubmit={submit}>
      <RadioGroup id={`${id}-outcome`} name={`${id}-outcome`} legend="Beslissing" options={options(appealOutcomeLabels)} value={outcome} onChange={setOutcome} error={submission.errorFor(`${id}-outcome`)} required />
      <RadioGroup id={`${id}-consensus`} name={`${id}-consensus`} legend="Consensus onder de leden (BR-45)" options={consensusOptions} value={consensus} onChange={setConsensus} error={submission.errorFor(`${id}-consensus`)} required />
      {consensus === 'no' && <TextField id={`${id}-chair`} label="Naam van de voorzitter" value={chairName} onChange={(event) => setChairName(event.target.value)} error={submission.errorFor(`${id}-chair`)} required />}
      <TextAreaField id={`${id}-motivation`} label="Motivering" rows={4} value={motivation} onChange={(event) => setMotivation(event.target.value)} error={submission.errorFor(`${id}-motivation`)} required />
    </StepForm>
  );
}
