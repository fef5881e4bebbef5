import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, ConfirmDialog, apiErrorMessage } from '@werkplek/ui';
import { useSubmission } from '@werkplek/frontend-kit';
import type { EvidenceRow } from '../audit/audit.operations.js';
import { newId } from '../shared/ids.js';
import { REMOVE_EVIDENCE_MUTATION } from './evidence.operations.js';

/**
 * Removes one bewijsstuk after a confirmation. Who may (the uploader, or the lead for somebody else's file) is the
 * API's call: a refusal is shown next to the button rather than guessed here.
 */
export function RemoveEvidenceButton({ file }: { file: Pick<EvidenceRow, 'id' | 'fileName'> }) {
  const [open, setOpen] = useState(false);
  // One id per file: a repeat after a dropped answer removes once and answers the same.
  const [clientMutationId] = useState(newId);
  const [remove] = useMutation(REMOVE_EVIDENCE_MUTATION, { refetchQueries: ['AuditDetail'], awaitRefetchQueries: true });
  const action = useSubmission();
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Verwijderen <span className="wp-visually-hidden">{file.fileName}</span>
      </Button>
      {action.error !== undefined && <Alert title="Verwijderen niet gelukt.">{apiErrorMessage(action.error)}</Alert>}
      <ConfirmDialog
        open={open}
        title={`Bewijsstuk „${file.fileName}” verwijderen?`}
        confirmLabel="Bewijsstuk verwijderen"
        cancelLabel="Niet verwijderen"
        destructive
        pending={action.pending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          void action.run(async () => {
            try {
              await remove({ variables: { id: file.id, clientMutationId } });
            } finally {
              setOpen(false);
            }
          })
        }
      >
        <p>Het bestand verdwijnt uit de doorlichting. Dat kan niet ongedaan worden gemaakt.</p>
      </ConfirmDialog>
    </>
  );
}
