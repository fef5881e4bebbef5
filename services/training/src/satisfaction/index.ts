import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { SatisfactionResolver } from './satisfaction.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [SatisfactionResolver];
/** SatisfactionSurvey is not a federation entity: no other subgraph refers to it. */
export const referenceResolvers: ReferenceResolvers = {};
