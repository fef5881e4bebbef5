import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { TextField } from '@werkplek/ui';
import { useSubmission } from '@werkplek/frontend-kit';
import { StepForm } from '../shared/StepForm.js';
import { APPEAL_QUERY, ASSIGN_APPEAL_CASE_HANDLER } from './appeals.operations.js';

/** A case handler (werkplekbegeleider); BR-42: another coach than the one who took the contested decision. */
export function AssignCaseHandlerForm({ appealId, decidedByAgency, onDone }: { appealId: string; decidedByAgency: boolean; onDone: (message: string) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [userId, setUserId] = useState('');
  const submission = useSubmission();
  const [assign] = useMutation(ASSIGN_APPEAL_CASE_HANDLER, { refetchQueries: [{ query: APPEAL_QUERY, variables: { id: appealId } }], awaitRefetchQueries: true });

  function submit() {
    void submission
      .run(() => assign({ variables: { id: appealId, input: { caseHandlerId: userId.trim(), caseHandlerName: name.trim() } } }), {
        validate: () => [
          ...(name.trim() ? [] : [{ fieldId: `${id}-name`, message: 'Vul de naam van de dossierbehandelaar in.' }]),
          ...(userId.trim() ? [] : [{ fieldId: `${id}-user`, message: 'Vul de gebruikers-id van de dossierbehandelaar in.' }]),
        ],
      })
      .then((ok) => ok && onDone('De dossierbehandelaar is toegewezen; het beroep is in onderzoek.'));
  }

  return (
    <StepForm title="Dossierbehandelaar toewijzen" submitLabel="Toewijzen" submission={submission} onSubmit={submit}>
      {decidedByAgency && <p>SYNTRA Vlaanderen nam de betwiste beslissing: kies een andere werkplekbegeleider dan wie ze nam (BR-42).</p>}
      <TextField id={`${id}-name`} label="Naam van de dossierbehandelaar" value={name} onChange={(event) => setName(event.target.value)} error={submission.errorFor(`${id}-name`)} required />
      <TextField id={`${id}-user`} label="Gebruikers-id van de dossierbehandelaar" hint="Zoals in het gebruikersbeheer, bv. u-werkplekbegeleider-2." value={userId} onChange={(event) => setUserId(event.target.value)} error={submission.errorFor(`${id}-user`)} required />
    </StepForm>
  );
}
