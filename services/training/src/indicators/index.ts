import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { IndicatorsResolver } from './indicators.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [IndicatorsResolver];
/** Indicators are computed values, not entities. */
export const referenceResolvers: ReferenceResolvers = {};
