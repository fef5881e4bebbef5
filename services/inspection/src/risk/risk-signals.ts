import type { AuditKind, AuditSubjectType } from '../generated/prisma/enums.js';

/**
 * A subject that could be audited, with the risk signals its own domain knows (complaints, early-terminated
 * agreements). The signals live in the dual-learning and training subgraphs; inspection reads them through the
 * gateway under its own service identity (see cross-domain/), never from their databases.
 */
export interface RiskCandidate {
  subjectType: AuditSubjectType;
  subjectId: string;
  /** The audited organisation, when the subject is one or belongs to one. */
  trainingCentreId?: string | null;
  partnershipId?: string | null;
  /** Complaints and reports (klachten en meldingen) about the subject received in the period. */
  complaints: number;
  /** Agreements at the subject terminated early (vroegtijdig beëindigd) in the period. */
  earlyTerminations: number;
}

/** Where the annual planning finds the candidates of a kind of audit and their external risk signals. */
export interface RiskSignalSource {
  candidates(kind: AuditKind, period: { from: Date; to: Date }): Promise<RiskCandidate[]>;
}
