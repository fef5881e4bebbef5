import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { HandlingTimesResolver } from './handling-times.resolver.js';

/** This module's resolver classes, gathered by ../schema.ts. */
export const resolvers: Function[] = [HandlingTimesResolver];

export const referenceResolvers: ReferenceResolvers = {};
