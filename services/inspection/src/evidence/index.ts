import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { EvidenceAuditResolver, EvidenceResolver } from './evidence.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [EvidenceAuditResolver, EvidenceResolver];

export const referenceResolvers: ReferenceResolvers = {};
