import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { RiskWeightResolver } from './risk.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [RiskWeightResolver];

export const referenceResolvers: ReferenceResolvers = {};
