import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { RecognitionApplicationResolver } from './recognition-application.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [RecognitionApplicationResolver];
export const referenceResolvers: ReferenceResolvers = {};
