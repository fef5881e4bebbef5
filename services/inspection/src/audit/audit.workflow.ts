import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import { AuditStatus } from '../generated/prisma/enums.js';

const inspectors = [Role.Inspector] as const;
const planners = [Role.Inspector, Role.AgencyStaff] as const;
const beforeVisit = [AuditStatus.PLANNED, AuditStatus.PREPARED] as const;
const reported = [AuditStatus.REPORTED, AuditStatus.FOLLOW_UP] as const;

/**
 * The audit (doorlichting) as data, one engine for the five kinds (§6.9–6.12): planned → prepared (voorbereiding,
 * e.g. the partnership's preparation pack) → in progress (terreinbezoek / toezicht) → reported (verslag, advies) →
 * follow-up (aanbevelingen or verbeterplan after their agreed date) → closed; cancelled before the report.
 * Only inspectors assigned to the audit take its steps (checked in the service); agency staff plan and cancel.
 * Steps that edit the audit without moving it keep its status (their `to` is where they belong).
 */
export const auditWorkflow = defineWorkflow({
  subject: { nl: 'de doorlichting', en: 'the audit' },
  stateLabels: {
    PLANNED: 'Gepland',
    PREPARED: 'Voorbereid',
    IN_PROGRESS: 'In uitvoering',
    REPORTED: 'Gerapporteerd',
    FOLLOW_UP: 'In opvolging',
    CLOSED: 'Afgesloten',
    CANCELLED: 'Geannuleerd',
  },
  steps: {
    reschedule: { from: beforeVisit, to: AuditStatus.PLANNED, roles: planners, label: 'de doorlichting verplaatsen' },
    assign: { from: [...beforeVisit, AuditStatus.IN_PROGRESS], to: AuditStatus.PLANNED, roles: planners, label: 'auditoren toewijzen' },
    prepare: { from: [AuditStatus.PLANNED], to: AuditStatus.PREPARED, roles: inspectors, label: 'de voorbereiding afronden' },
    start: { from: [AuditStatus.PREPARED], to: AuditStatus.IN_PROGRESS, roles: inspectors, label: 'de doorlichting starten' },
    /** Checklist answers, findings, evidence and recommendations are logged while the audit runs. */
    log: { from: [AuditStatus.IN_PROGRESS], to: AuditStatus.IN_PROGRESS, roles: inspectors, label: 'de doorlichting aanvullen' },
    report: { from: [AuditStatus.IN_PROGRESS], to: AuditStatus.REPORTED, roles: inspectors, label: 'het verslag opleveren' },
    /** After the report: send it on (Vlaams Partnerschap, commissie audit), approve the verbeterplan, add measures. */
    completeReport: { from: reported, to: AuditStatus.REPORTED, roles: inspectors, label: 'het verslag aanvullen' },
    startFollowUp: { from: [AuditStatus.REPORTED], to: AuditStatus.FOLLOW_UP, roles: inspectors, label: 'de opvolging starten' },
    evaluateRecommendation: { from: reported, to: AuditStatus.FOLLOW_UP, roles: inspectors, label: 'een aanbeveling opvolgen' },
    close: { from: reported, to: AuditStatus.CLOSED, roles: inspectors, label: 'de doorlichting afsluiten' },
    cancel: {
      from: [...beforeVisit, AuditStatus.IN_PROGRESS],
      to: AuditStatus.CANCELLED,
      roles: planners,
      label: 'de doorlichting annuleren',
    },
  },
});

export type AuditStep = keyof typeof auditWorkflow.steps;

/** A report exists from here on: the audited organisation may read it. */
export const finishedStatuses: readonly AuditStatus[] = [AuditStatus.REPORTED, AuditStatus.FOLLOW_UP, AuditStatus.CLOSED];
