import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { PartnershipResolver, PartnershipTrainingCapResolver } from './partnership.resolver.js';
import { partnershipServiceOf } from './partnership.service.js';

export { establishmentCap, parseEstablishmentCapRule, type EstablishmentCapRule } from './establishment-cap-rule.js';
export { routeToPartnership } from './routing.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [PartnershipResolver, PartnershipTrainingCapResolver];
export const referenceResolvers: ReferenceResolvers = {
  // Public bodies: any caller may resolve them (batched through the service's DataLoader).
  Partnership: {
    __resolveReference: (reference, context) => partnershipServiceOf(context as DualLearningContext).byId.load(reference.id),
  },
};
