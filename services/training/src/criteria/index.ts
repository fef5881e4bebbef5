import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { CriteriaVersionResolver } from './criteria.resolver.js';

export { evaluateMarks, type CaseResult, type MarkEvaluation } from './mark-evaluation.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [CriteriaVersionResolver];
/** CriteriaVersion is not a federation entity. */
export const referenceResolvers: ReferenceResolvers = {};
