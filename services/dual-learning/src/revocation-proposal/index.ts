import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import {
  AuditRevocationsResolver,
  RecognitionRevocationProposalsResolver,
  RevocationProposalResolver,
} from './revocation-proposal.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [RevocationProposalResolver, RecognitionRevocationProposalsResolver, AuditRevocationsResolver];

export const referenceResolvers: ReferenceResolvers = {
  // The inspection owns Audit: a reference is all this subgraph needs to add the proposals to it.
  Audit: { __resolveReference: (reference) => ({ id: reference.id }) },
};
