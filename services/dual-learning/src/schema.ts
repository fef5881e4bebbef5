import { buildFederatedSchema, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import * as agreement from './agreement/index.js';
import * as annualReport from './annual-report/index.js';
import * as appeal from './appeal/index.js';
import * as company from './company/index.js';
import * as complaint from './complaint/index.js';
import * as guidance from './guidance/index.js';
import * as learner from './learner/index.js';
import * as mentor from './mentor/index.js';
import * as mentorTraining from './mentor-training/index.js';
import * as partnership from './partnership/index.js';
import * as recognition from './recognition/index.js';
import * as recognitionApplication from './recognition-application/index.js';
import * as revocationProposal from './revocation-proposal/index.js';
import * as riskSignals from './risk-signals/index.js';
import * as handlingTimes from './handling-times/index.js';
import { HistoryResolver } from './shared/history.js';
import * as training from './training/index.js';
import * as workplace from './workplace/index.js';

/** Every module of the domain contributes its resolvers and reference resolvers here (one folder per aggregate). */
const modules: { resolvers: Function[]; referenceResolvers: ReferenceResolvers }[] = [
  partnership,
  company,
  workplace,
  training,
  mentor,
  learner,
  recognitionApplication,
  recognition,
  agreement,
  mentorTraining,
  guidance,
  complaint,
  appeal,
  annualReport,
  revocationProposal,
  riskSignals,
  handlingTimes,
];

export function buildDualLearningSchema() {
  const [first, ...rest] = [HistoryResolver, ...modules.flatMap((module) => module.resolvers)];
  return buildFederatedSchema({
    resolvers: [first!, ...rest],
    referenceResolvers: Object.assign({}, ...modules.map((module) => module.referenceResolvers)) as ReferenceResolvers,
    // Every mutation recorded with who, when, before and after (issue #7); read by agency staff only (policy).
    auditTrail: { field: 'dualLearningAuditTrail' },
  });
}
