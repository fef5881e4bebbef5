import { buildFederatedSchema } from '@werkplek/subgraph-kit';
import {
  TrainingCentreInspectionsResolver,
  WorkplaceInspectionsResolver,
} from './audited-subject/audited-subject.resolver.js';
import { InspectionResolver } from './inspection/inspection.resolver.js';

export function buildInspectionSchema() {
  // Workplace and TrainingCentre references need no __resolveReference: the representation { id } is all we use.
  return buildFederatedSchema({
    resolvers: [InspectionResolver, WorkplaceInspectionsResolver, TrainingCentreInspectionsResolver],
  });
}
