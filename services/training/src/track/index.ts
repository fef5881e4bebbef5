import { requireUser, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { TrackResolver, TrainingCentreTracksResolver } from './track.resolver.js';
import { trackServiceOf } from './track.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [TrackResolver, TrainingCentreTracksResolver];

export const referenceResolvers: ReferenceResolvers = {
  /** The offer is readable by every signed-in user. */
  Track: {
    __resolveReference: (reference, context) => {
      requireUser(context);
      return trackServiceOf(context as TrainingContext).byId.load(reference.id);
    },
  },
};
