import { useState } from 'react';
import { Alert, Button, ConfirmDialog, apiErrorMessage } from '@werkplek/ui';
import { useSubmission } from '@werkplek/frontend-kit';
import type { EvidenceRow } from '../audit/audit.operations.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { newId } from '../shared/ids.js';

/** The field queue's key of a file's removal: the list marks the file while it waits. */
export const removalKey = (fileId: string) => `evidence-remove:${fileId}`;

/**
 * Removes one bewijsstuk after a confirmation, through the audit's field queue: without a connection the removal waits
 * on the device and is sent when the connection is back (the list marks the file meanwhile). Who may (the uploader,
 * or the lead for somebody else's file) is the API's call: a refusal is shown next to the button when sent at once,
 * in the list of refused changes when it was queued.
 */
export function RemoveEvidenceButton({ file, work }: { file: Pick<EvidenceRow, 'id' | 'fileName'>; work: FieldWork }) {
  const [open, setOpen] = useState(false);
  // One id per file: a repeat (the queue resending after a dropped answer) removes once and answers the same.
  const [clientMutationId] = useState(newId);
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
              await work.submit({
                operation: 'RemoveEvidence',
                variables: { id: file.id, clientMutationId },
                label: `Verwijderen van bewijsstuk „${file.fileName}”`,
                key: removalKey(file.id),
              });
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
