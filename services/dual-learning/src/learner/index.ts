import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { LearnerResolver } from './learner.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [LearnerResolver];
export const referenceResolvers: ReferenceResolvers = {};
