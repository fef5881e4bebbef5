import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import {
  PartnershipAuditsResolver,
  TrackAuditsResolver,
  TrainingCentreAuditsResolver,
  WorkplaceAuditsResolver,
} from './audited-subject.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [TrainingCentreAuditsResolver, PartnershipAuditsResolver, WorkplaceAuditsResolver, TrackAuditsResolver];

/** The subjects are other subgraphs' entities: a representation `{ id }` is all this subgraph needs of them. */
export const referenceResolvers: ReferenceResolvers = {};
