import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { GuidanceActionResolver, SignalResolver } from './guidance.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [GuidanceActionResolver, SignalResolver];
export const referenceResolvers: ReferenceResolvers = {};
