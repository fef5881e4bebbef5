import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { AuditorResolver } from './auditor.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [AuditorResolver];

export const referenceResolvers: ReferenceResolvers = {};
