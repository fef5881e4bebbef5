import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import {
  AuditFindingsResolver,
  FindingResolver,
  PartnershipFindingsResolver,
  TrainingCentreFindingsResolver,
  WorkplaceFindingsResolver,
} from './finding.resolver.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [
  FindingResolver,
  AuditFindingsResolver,
  WorkplaceFindingsResolver,
  TrainingCentreFindingsResolver,
  PartnershipFindingsResolver,
];

/** A finding is reached through its audit (or a subject's openFindings), never as an entity of its own. */
export const referenceResolvers: ReferenceResolvers = {};
