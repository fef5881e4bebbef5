import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import { AnnualReportResolver } from './annual-report.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts (no entities). */
export const resolvers: Function[] = [AnnualReportResolver];
export const referenceResolvers: ReferenceResolvers = {};
