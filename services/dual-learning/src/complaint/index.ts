import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { ComplaintResolver } from './complaint.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [ComplaintResolver];
/** Complaint is not a federation entity: no other subgraph refers to it. */
export const referenceResolvers: ReferenceResolvers = {};
