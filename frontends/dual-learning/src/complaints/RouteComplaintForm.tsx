import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { RadioGroup, SelectField, TextField } from '@werkplek/ui';
import { useSubmission } from '@werkplek/frontend-kit';
import type { ComplaintHandlerBody } from '../gql/graphql.js';
import { complaintHandlerBodyLabels, options } from '../shared/labels.js';
import { StepForm } from '../shared/StepForm.js';
import { COMPLAINT_PARTNERSHIPS_QUERY, COMPLAINT_QUERY, ROUTE_COMPLAINT } from './complaints.operations.js';

export interface RouteComplaintFormProps {
  complaintId: string;
  /** The partnership concerned: the default when routing to a partnership. */
  partnershipId: string | undefined;
  onDone: (message: string) => void;
}

/** Doorverwijzen: to SYNTRA Vlaanderen, a partnership that takes up complaints (BR-50), or another authority. */
export function RouteComplaintForm({ complaintId, partnershipId, onDone }: RouteComplaintFormProps) {
  const id = useId();
  const [body, setBody] = useState<string>();
  const [partnership, setPartnership] = useState(partnershipId ?? '');
  const [handlerName, setHandlerName] = useState('');
  const submission = useSubmission();
  const partnerships = useQuery(COMPLAINT_PARTNERSHIPS_QUERY);
  const [route] = useMutation(ROUTE_COMPLAINT, { refetchQueries: [{ query: COMPLAINT_QUERY, variables: { id: complaintId } }], awaitRefetchQueries: true });
  // BR-50: only partnerships whose agreement note says they take up complaints can be chosen.
  const takers = (partnerships.data?.partnerships ?? []).filter((candidate) => candidate.takesComplaints).map((candidate) => ({ value: candidate.id, label: candidate.name }));

  function submit() {
    void submission
      .run(
        () =>
          route({
            variables: {
              id: complaintId,
              input: { handlerBody: body as ComplaintHandlerBody, handlerName: handlerName.trim(), ...(body === 'PARTNERSHIP' ? { partnershipId: partnership } : {}) },
            },
          }),
        {
          validate: () => [
            ...(body ? [] : [{ fieldId: `${id}-body`, message: 'Kies naar wie u doorverwijst.' }]),
            ...(body === 'PARTNERSHIP' && !partnership ? [{ fieldId: `${id}-partnership`, message: 'Kies het partnerschap.' }] : []),
            ...(handlerName.trim() ? [] : [{ fieldId: `${id}-handler`, message: 'Vul de klachtbehandelaar of instantie in.' }]),
          ],
        },
      )
      .then((ok) => ok && onDone('De klacht is doorverwezen.'));
  }

  return (
    <StepForm title="Doorverwijzen" submitLabel="Doorverwijzen" submission={submission} onSubmit={submit}>
      <RadioGroup id={`${id}-body`} name={`${id}-body`} legend="Behandelende instantie" options={options(complaintHandlerBodyLabels)} value={body} onChange={setBody} error={submission.errorFor(`${id}-body`)} required />
      {body === 'PARTNERSHIP' && (
        <SelectField
          id={`${id}-partnership`}
          label="Partnerschap"
          hint="Alleen partnerschappen die volgens hun afsprakennota klachten opnemen (BR-50)."
          placeholder="Kies een partnerschap"
          options={takers}
          value={partnership}
          onChange={(event) => setPartnership(event.target.value)}
          error={submission.errorFor(`${id}-partnership`)}
          required
        />
      )}
      <TextField id={`${id}-handler`} label="Klachtbehandelaar of instantie" hint="Bv. Campus Brugge (schoolcomponent)" value={handlerName} onChange={(event) => setHandlerName(event.target.value)} error={submission.errorFor(`${id}-handler`)} required />
    </StepForm>
  );
}
