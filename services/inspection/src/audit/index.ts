import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { AuditAssignmentResolver, AuditResolver } from './audit.resolver.js';
import { auditServiceOf } from './audit.service.js';

export { auditServiceOf, AUDIT, AUDIT_ENTITY } from './audit.service.js';
export { resolveAuditSubject, checkAuditTeam, teamShortfall, teamOfKind } from './audit.rules.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [AuditResolver, AuditAssignmentResolver];

/** Other subgraphs (dual learning) extend Audit: a reference resolves only for who may read the audit, else null. */
export const referenceResolvers: ReferenceResolvers = {
  Audit: {
    __resolveReference: (reference, context) => auditServiceOf(context as InspectionContext).readable(reference.id),
  },
};
