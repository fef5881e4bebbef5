import { forbidden, requireUser, rolesAllowed, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { AgreementResolver } from './agreement.resolver.js';
import { agreementServiceOf } from './agreement.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [AgreementResolver];

export const referenceResolvers: ReferenceResolvers = {
  Agreement: {
    // Batched through the request's DataLoader (complaints and other subgraphs point at agreements by id).
    __resolveReference: (reference, context) => {
      const user = requireUser(context);
      if (!rolesAllowed(dualLearningPolicy['Entity.Agreement']).includes(user.role)) {
        throw forbidden('Je hebt geen toegang tot overeenkomsten', 'You may not access agreements');
      }
      // The same ownership as the `agreement` query: companies their own, partnership staff their partnership's.
      return agreementServiceOf(context as DualLearningContext).get(reference.id);
    },
  },
};
