import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { AuditRevocationProposalsResolver, RevocationProposalResolver } from './revocation-proposal.resolver.js';

export { startProposalRelay, backoffAfter, type ProposalRelay, type ProposalRelayOptions } from './proposal-relay.js';
export { gatewayProposalDelivery } from './gateway-proposal-delivery.js';
export type { DeliveryOutcome, ProposalDelivery, RevocationProposalMessage } from './proposal-delivery.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [RevocationProposalResolver, AuditRevocationProposalsResolver];

/** A proposal is reached through its audit or the list, never as an entity of its own. */
export const referenceResolvers: ReferenceResolvers = {};
