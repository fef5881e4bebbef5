import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { TrainingProgrammeResolver } from './training.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [TrainingProgrammeResolver];
export const referenceResolvers: ReferenceResolvers = {};
