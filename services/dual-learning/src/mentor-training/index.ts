import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { MentorTrainingResolver } from './mentor-training.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [MentorTrainingResolver];
export const referenceResolvers: ReferenceResolvers = {};
