import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { AnnualPlanItemResolver, AnnualPlanResolver } from './annual-plan.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [AnnualPlanResolver, AnnualPlanItemResolver];

export const referenceResolvers: ReferenceResolvers = {};
