import { buildFederatedSchema, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import * as actionPlan from './action-plan/index.js';
import * as assignedTrack from './assigned-track/index.js';
import * as certificate from './certificate/index.js';
import * as course from './course/index.js';
import * as criteria from './criteria/index.js';
import * as indicators from './indicators/index.js';
import * as learner from './learner/index.js';
import * as qualitativePlan from './qualitative-plan/index.js';
import * as satisfaction from './satisfaction/index.js';
import * as track from './track/index.js';
import * as trainingCentre from './training-centre/index.js';

/** Every module of the domain contributes its resolvers and reference resolvers here (one folder per aggregate). */
const modules: { resolvers: Function[]; referenceResolvers: ReferenceResolvers }[] = [
  trainingCentre,
  criteria,
  track,
  course,
  learner,
  certificate,
  satisfaction,
  actionPlan,
  qualitativePlan,
  assignedTrack,
  indicators,
];

export function buildTrainingSchema() {
  const [first, ...rest] = modules.flatMap((module) => module.resolvers);
  return buildFederatedSchema({
    resolvers: [first!, ...rest],
    referenceResolvers: Object.assign({}, ...modules.map((module) => module.referenceResolvers)) as ReferenceResolvers,
    // Issue #7: every mutation on the platform's audit trail, readable by agency staff (src/access/policy.ts).
    auditTrail: { field: 'trainingAuditTrail' },
  });
}
