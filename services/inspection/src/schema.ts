import { buildFederatedSchema, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import * as annualPlan from './annual-plan/index.js';
import * as audit from './audit/index.js';
import * as auditTemplate from './audit-template/index.js';
import * as auditedSubject from './audited-subject/index.js';
import * as auditor from './auditor/index.js';
import * as checklist from './checklist/index.js';
import * as evidence from './evidence/index.js';
import * as finding from './finding/index.js';
import * as indicators from './indicators/index.js';
import * as recommendation from './recommendation/index.js';
import * as revocationProposal from './revocation-proposal/index.js';
import * as risk from './risk/index.js';

/** Every module of the domain contributes its resolvers and reference resolvers here (one folder per aggregate). */
const modules: { resolvers: Function[]; referenceResolvers: ReferenceResolvers }[] = [
  auditor,
  audit,
  auditedSubject,
  auditTemplate,
  checklist,
  evidence,
  finding,
  recommendation,
  revocationProposal,
  annualPlan,
  risk,
  indicators,
];

export function buildInspectionSchema() {
  const [first, ...rest] = modules.flatMap((module) => module.resolvers);
  return buildFederatedSchema({
    resolvers: [first!, ...rest],
    referenceResolvers: Object.assign({}, ...modules.map((module) => module.referenceResolvers)) as ReferenceResolvers,
    // Issue #7: every mutation recorded (who, when, before/after), readable by agency staff (src/access/policy.ts).
    auditTrail: { field: 'inspectionAuditTrail' },
  });
}
