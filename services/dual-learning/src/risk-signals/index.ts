import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { RiskSignalsResolver } from './risk-signals.resolver.js';

/** This module's resolver classes, gathered by ../schema.ts. */
export const resolvers: Function[] = [RiskSignalsResolver];

export const referenceResolvers: ReferenceResolvers = {};
