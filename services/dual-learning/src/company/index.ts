import { forbidden, requireUser, Role, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { CompanyResolver } from './company.resolver.js';
import { companyServiceOf } from './company.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [CompanyResolver];
export const referenceResolvers: ReferenceResolvers = {
  Company: {
    // Batched through the DataLoader; a company user only their own company, centre users and schools not at all.
    __resolveReference: (reference, context) => {
      const user = requireUser(context);
      const allowed =
        user.role === Role.AgencyStaff ||
        user.role === Role.Inspector ||
        user.role === Role.PartnershipStaff ||
        (user.role === Role.CompanyUser && user.companyId === reference.id);
      if (!allowed) throw forbidden('Je hebt geen toegang tot deze onderneming', 'You may not access this company');
      return companyServiceOf(context as DualLearningContext).byId.load(reference.id);
    },
  },
};
