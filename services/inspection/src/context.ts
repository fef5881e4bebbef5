import { createRequestContext, type RequestContext, type SubgraphEnvironment } from '@werkplek/subgraph-kit';
import type { User } from '@werkplek/auth';
import type { PrismaClient } from './generated/prisma/client.js';
import type { RiskSignalSource } from './risk/risk-signals.js';

/** What the inspection domain needs from outside its database: the other domains, reached through the gateway. */
export interface InspectionCollaborators {
  riskSignals: RiskSignalSource;
  /** Asks the outbox to deliver pending revocation proposals now rather than at its next round. */
  deliverProposalsSoon(): void;
}

/** Per request: who calls, the database, the clock, the request's services and the collaborators. */
export interface InspectionContext extends RequestContext<PrismaClient>, InspectionCollaborators {}

export function createInspectionContextWith(collaborators: InspectionCollaborators) {
  return (prisma: PrismaClient, user: User | null, environment: SubgraphEnvironment): InspectionContext => ({
    ...createRequestContext(prisma, user, environment),
    ...collaborators,
  });
}
