import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { AssignedTrackResolver } from './assigned-track.resolver.js';
import { assignedTrackServiceOf } from './assigned-track.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [AssignedTrackResolver];
/** Tender is an entity (e.g. for a future partnership or cluster subgraph); only agency staff and inspectors see it. */
export const referenceResolvers: ReferenceResolvers = {
  Tender: {
    __resolveReference: (reference, context) => assignedTrackServiceOf(context as TrainingContext).reference(reference.id),
  },
};
