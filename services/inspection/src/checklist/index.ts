import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { ChecklistAuditResolver, ChecklistResolver } from './checklist.resolver.js';

export { checklistServiceOf } from './checklist.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [ChecklistAuditResolver, ChecklistResolver];

export const referenceResolvers: ReferenceResolvers = {};
