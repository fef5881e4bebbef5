import { useState } from 'react';
import { DateField, type FormError } from '@werkplek/ui';
import { isLocalDate, today } from '@werkplek/frontend-kit';
import type { AuditDetail } from '../audit.operations.js';
import type { FieldWork } from '../../offline/useFieldWork.js';
import { StepForm } from './StepForm.js';

/** PREPARED → IN_PROGRESS: the visit (terreinbezoek) or supervision starts; the checklist opens. */
export function StartStep({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const [performedOn, setPerformedOn] = useState(today());
  const fieldId = 'stap-bezoek';
  const validate = (): FormError[] => {
    if (!isLocalDate(performedOn)) return [{ fieldId, message: 'Kies de dag van het terreinbezoek.' }];
    if (performedOn > today()) return [{ fieldId, message: 'De dag van het terreinbezoek mag niet in de toekomst liggen.' }];
    return [];
  };
  return (
    <StepForm
      title="Terreinbezoek starten"
      submitLabel="Terreinbezoek starten"
      work={work}
      validate={validate}
      operation={(clientMutationId) => ({
        operation: 'StartAudit',
        variables: { input: { auditId: audit.id, clientMutationId, performedOn } },
        label: 'Terreinbezoek starten',
      })}
    >
      {(errorFor) => (
        <DateField id={fieldId} label="Dag van het terreinbezoek" required max={today()} value={performedOn} onChange={(event) => setPerformedOn(event.target.value)} error={errorFor(fieldId)} />
      )}
    </StepForm>
  );
}
