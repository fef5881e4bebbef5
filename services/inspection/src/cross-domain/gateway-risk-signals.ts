import { AuditKind, AuditSubjectType } from '../generated/prisma/enums.js';
import type { RiskCandidate, RiskSignalSource } from '../risk/risk-signals.js';
import type { GraphClient } from './graph-client.js';

interface PartnershipSignal {
  partnershipId: string;
  complaints: number;
  earlyTerminations: number;
}

interface WorkplaceSignal {
  workplaceId: string;
  /** The partnership of the workplace's most recent recognition; null when it never had one. */
  partnershipId: string | null;
  complaints: number;
  earlyTerminations: number;
}

/** A LocalDate as the graph writes it (dates are UTC midnights here). */
const localDate = (date: Date) => date.toISOString().slice(0, 10);

const PARTNERSHIP_SIGNALS = `query InspectionPartnershipRiskSignals($from: LocalDate!, $to: LocalDate!) {
  partnershipRiskSignals(from: $from, to: $to) { partnershipId complaints earlyTerminations }
}`;

const WORKPLACE_SIGNALS = `query InspectionWorkplaceRiskSignals($from: LocalDate!, $to: LocalDate!) {
  workplaceRiskSignals(from: $from, to: $to) { workplaceId partnershipId complaints earlyTerminations }
}`;

const TRAINING_CENTRES = `query InspectionTrainingCentres { trainingCentres { id } }`;

/**
 * The candidates of a kind of audit with the signals their owners know, read through the gateway:
 * - supervision of partnerships: every partnership (dual learning counts complaints and early terminations);
 * - workplace audits: only the workplaces with a signal (the others have no reason to be audited this year);
 * - the training centre audits: every Syntra (training), with no external signals (their risk is the inspection's own
 *   history: recommendations, previous result, years since the last audit).
 */
export function gatewayRiskSignals(client: GraphClient): RiskSignalSource {
  return {
    async candidates(kind, period) {
      const variables = { from: localDate(period.from), to: localDate(period.to) };
      switch (kind) {
        case AuditKind.PARTNERSHIP_SUPERVISION: {
          const data = await client.request<{ partnershipRiskSignals: PartnershipSignal[] }>(
            'InspectionPartnershipRiskSignals',
            PARTNERSHIP_SIGNALS,
            variables,
          );
          return data.partnershipRiskSignals.map(
            (signal): RiskCandidate => ({
              subjectType: AuditSubjectType.PARTNERSHIP,
              subjectId: signal.partnershipId,
              partnershipId: signal.partnershipId,
              complaints: signal.complaints,
              earlyTerminations: signal.earlyTerminations,
            }),
          );
        }
        case AuditKind.WORKPLACE_AUDIT: {
          const data = await client.request<{ workplaceRiskSignals: WorkplaceSignal[] }>(
            'InspectionWorkplaceRiskSignals',
            WORKPLACE_SIGNALS,
            variables,
          );
          return data.workplaceRiskSignals.map(
            (signal): RiskCandidate => ({
              subjectType: AuditSubjectType.WORKPLACE,
              subjectId: signal.workplaceId,
              partnershipId: signal.partnershipId ?? null,
              complaints: signal.complaints,
              earlyTerminations: signal.earlyTerminations,
            }),
          );
        }
        case AuditKind.TRACK_INSPECTION:
        case AuditKind.DUAL_QUALITY_AUDIT:
        case AuditKind.APPRENTICESHIP_FOLLOW_UP: {
          const data = await client.request<{ trainingCentres: { id: string }[] }>('InspectionTrainingCentres', TRAINING_CENTRES);
          return data.trainingCentres.map(
            (centre): RiskCandidate => ({
              subjectType: AuditSubjectType.TRAINING_CENTRE,
              subjectId: centre.id,
              trainingCentreId: centre.id,
              complaints: 0,
              earlyTerminations: 0,
            }),
          );
        }
        default: {
          const unknown: never = kind;
          throw new Error(`no risk signals for audit kind ${String(unknown)}`);
        }
      }
    },
  };
}
