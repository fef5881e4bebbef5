import { useState } from 'react';
import { DateField, TextAreaField, type FormError } from '@werkplek/ui';
import { isLocalDate, today } from '@werkplek/frontend-kit';
import type { AuditDetail } from '../audit.operations.js';
import type { FieldWork } from '../../offline/useFieldWork.js';
import { StepForm } from './StepForm.js';

function dateError(fieldId: string, value: string): FormError[] {
  if (!value) return [];
  if (!isLocalDate(value)) return [{ fieldId, message: 'Kies een geldige datum.' }];
  if (value > today()) return [{ fieldId, message: 'De datum mag niet in de toekomst liggen.' }];
  return [];
}

/** After the report: deliver it further (Vlaams Partnerschap, commissie audit) or approve the verbeterplan. */
export function CompleteReportStep({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const [date, setDate] = useState('');
  const field =
    audit.kind === 'PARTNERSHIP_SUPERVISION'
      ? { key: 'reportedToFlemishPartnershipOn', label: 'Bezorgd aan het Vlaams Partnerschap op' }
      : audit.kind === 'APPRENTICESHIP_FOLLOW_UP'
        ? { key: 'improvementPlanApprovedOn', label: 'Verbeterplan goedgekeurd op' }
        : { key: 'reportedToAuditCommitteeOn', label: 'Bezorgd aan de commissie audit op' };
  const fieldId = 'stap-bezorgd';
  return (
    <StepForm
      title="Verslag verder bezorgen"
      submitLabel="Datum vastleggen"
      work={work}
      validate={() => (date ? dateError(fieldId, date) : [{ fieldId, message: 'Kies een datum.' }])}
      operation={(clientMutationId) => ({
        operation: 'CompleteAuditReport',
        variables: { input: { auditId: audit.id, clientMutationId, [field.key]: date } },
        label: field.label,
      })}
    >
      {(errorFor) => <DateField id={fieldId} label={field.label} required max={today()} value={date} onChange={(event) => setDate(event.target.value)} error={errorFor(fieldId)} />}
    </StepForm>
  );
}

/** REPORTED → FOLLOW_UP: the recommendations are being followed up. */
export function StartFollowUpStep({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  return (
    <StepForm
      title="Opvolging starten"
      submitLabel="Opvolging starten"
      work={work}
      validate={() => []}
      intro={<p>{audit.openRecommendationCount} open aanbeveling(en) worden opgevolgd op hun realisatiedatum.</p>}
      operation={(clientMutationId) => ({
        operation: 'StartAuditFollowUp',
        variables: { input: { auditId: audit.id, clientMutationId } },
        label: 'Opvolging starten',
      })}
    />
  );
}

/** REPORTED or FOLLOW_UP → CLOSED, once no recommendation is open. */
export function CloseStep({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const [note, setNote] = useState('');
  const fieldId = 'stap-afsluiten';
  return (
    <StepForm
      title="Doorlichting afsluiten"
      submitLabel="Afsluiten"
      work={work}
      validate={() => {
        const text = note.trim();
        return text.length > 0 && (text.length < 3 || text.length > 2000) ? [{ fieldId, message: 'Een notitie heeft 3 tot 2000 tekens.' }] : [];
      }}
      intro={
        audit.openRecommendationCount > 0 ? (
          <p>
            Er {audit.openRecommendationCount === 1 ? 'is nog 1 open aanbeveling' : `zijn nog ${audit.openRecommendationCount} open aanbevelingen`}: volg
            ze eerst op.
          </p>
        ) : undefined
      }
      operation={(clientMutationId) => ({
        operation: 'CloseAudit',
        variables: { input: { auditId: audit.id, clientMutationId, note: note.trim() || undefined } },
        label: 'Doorlichting afsluiten',
      })}
    >
      {(errorFor) => <TextAreaField id={fieldId} label="Notitie (niet verplicht)" rows={2} value={note} onChange={(event) => setNote(event.target.value)} error={errorFor(fieldId)} />}
    </StepForm>
  );
}
