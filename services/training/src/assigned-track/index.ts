import type { ReferenceResolvers } from '@werkplek/subgraph-kit';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [];
export const referenceResolvers: ReferenceResolvers = {};
