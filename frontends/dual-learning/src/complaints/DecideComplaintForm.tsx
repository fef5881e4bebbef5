import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { RadioGroup, TextAreaField } from '@werkplek/ui';
import { useSubmission } from '@werkplek/frontend-kit';
import type { ComplaintVerdict } from '../gql/graphql.js';
import { complaintVerdictLabels, options } from '../shared/labels.js';
import { StepForm, textError } from '../shared/StepForm.js';
import { COMPLAINT_QUERY, DECIDE_COMPLAINT } from './complaints.operations.js';

/** The complaints board's decision: founded, partly founded or unfounded, with a motivated resolution. */
export function DecideComplaintForm({ complaintId, onDone }: { complaintId: string; onDone: (message: string) => void }) {
  const id = useId();
  const [verdict, setVerdict] = useState<string>();
  const [resolution, setResolution] = useState('');
  const submission = useSubmission();
  const [decide] = useMutation(DECIDE_COMPLAINT, { refetchQueries: [{ query: COMPLAINT_QUERY, variables: { id: complaintId } }], awaitRefetchQueries: true });

  function submit() {
    void submission
      .run(() => decide({ variables: { id: complaintId, input: { verdict: verdict as ComplaintVerdict, resolution: resolution.trim() } } }), {
        validate: () => {
          const resolutionError = textError(resolution, 'de motivering', 10);
          return [
            ...(verdict ? [] : [{ fieldId: `${id}-verdict`, message: 'Kies het oordeel van de klachtenraad.' }]),
            ...(resolutionError ? [{ fieldId: `${id}-resolution`, message: resolutionError }] : []),
          ];
        },
      })
      .then((ok) => ok && onDone('De beslissing van de klachtenraad is vastgelegd.'));
  }

  return (
    <StepForm title="Beslissing van de klachtenraad" submitLabel="Beslissing vastleggen" submission={submission} onSubmit={submit}>
      <RadioGroup id={`${id}-verdict`} name={`${id}-verdict`} legend="Oordeel" options={options(complaintVerdictLabels)} value={verdict} onChange={setVerdict} error={submission.errorFor(`${id}-verdict`)} required />
      <TextAreaField id={`${id}-resolution`} label="Gemotiveerde beslissing en voorgestelde oplossing" rows={4} value={resolution} onChange={(event) => setResolution(event.target.value)} error={submission.errorFor(`${id}-resolution`)} required />
    </StepForm>
  );
}
