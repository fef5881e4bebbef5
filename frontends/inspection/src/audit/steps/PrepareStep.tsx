import { useState } from 'react';
import { DateField, type FormError } from '@werkplek/ui';
import { isLocalDate, today } from '@werkplek/frontend-kit';
import type { AuditDetail } from '../audit.operations.js';
import type { FieldWork } from '../../offline/useFieldWork.js';
import { StepForm } from './StepForm.js';

/** PLANNED → PREPARED. A partnership supervision needs the preparation pack (voorbereidingsbundel) first. */
export function PrepareStep({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const [packOn, setPackOn] = useState(audit.preparationPackReceivedOn ?? '');
  const needsPack = audit.kind === 'PARTNERSHIP_SUPERVISION';
  const fieldId = 'stap-bundel';
  const validate = (): FormError[] => {
    if (packOn && !isLocalDate(packOn)) return [{ fieldId, message: 'Kies een geldige datum.' }];
    if (packOn > today()) return [{ fieldId, message: 'De datum mag niet in de toekomst liggen.' }];
    if (needsPack && !packOn) return [{ fieldId, message: 'Vul in wanneer de voorbereidingsbundel ontvangen werd.' }];
    return [];
  };
  return (
    <StepForm
      title="Voorbereiding afronden"
      submitLabel="Voorbereiding afronden"
      work={work}
      validate={validate}
      intro={<p>Het kader van deze soort doorlichting wordt nu vastgelegd; het team moet een leidend auditor hebben.</p>}
      operation={(clientMutationId) => ({
        operation: 'PrepareAudit',
        variables: { input: { auditId: audit.id, clientMutationId, preparationPackReceivedOn: packOn || undefined } },
        label: 'Voorbereiding afronden',
      })}
    >
      {(errorFor) => (
        <DateField
          id={fieldId}
          label="Voorbereidingsbundel ontvangen op"
          required={needsPack}
          max={today()}
          value={packOn}
          onChange={(event) => setPackOn(event.target.value)}
          error={errorFor(fieldId)}
        />
      )}
    </StepForm>
  );
}
