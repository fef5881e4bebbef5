import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { AuditIndicatorsResolver } from './indicators.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [AuditIndicatorsResolver];

export const referenceResolvers: ReferenceResolvers = {};
