import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { AuditTemplateResolver } from './audit-template.resolver.js';

export { auditTemplateServiceOf } from './audit-template.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [AuditTemplateResolver];

export const referenceResolvers: ReferenceResolvers = {};
