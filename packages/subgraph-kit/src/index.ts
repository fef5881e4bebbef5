import 'reflect-metadata';

export { buildFederatedSchema, printSubgraphSdl, type FederatedSchemaOptions, type ReferenceResolvers } from './schema.js';
export { startSubgraph, runSubgraph, type SubgraphOptions, type SubgraphDefinition, type RunningSubgraph } from './server.js';
export {
  defineSubgraph,
  runSubgraphFromEnvironment,
  type SubgraphModule,
  type SubgraphStartOptions,
  type SubgraphEnvironment,
  type CreateSubgraph,
  type BackgroundTask,
} from './define-subgraph.js';
export { authChecker, requireUser, type SubgraphContext } from './auth.js';
export { ErrorCode, domainError, notFound, forbidden, badUserInput, formatError } from './errors.js';
export { loaderById, loaderByGroup } from './loaders.js';
export { LocalDateScalar, parseLocalDate } from './local-date.js';
export { Role, type User } from '@werkplek/auth';
export { defineWorkflow, checkStep, type Workflow, type WorkflowStep } from './workflow.js';
export { PageInfo, PageInput, connectionOf, paginate, type Connection } from './pagination.js';
export * from './calendar.js';
export { StatusChange, historyLoader, historyOrder, recordStatusChange, type HistoryQuery, type HistoryWriter } from './history.js';
export { createRequestContext, type RequestContext } from './request-context.js';
export { defineAccessPolicy, rolesAllowed, type Access, type AccessPolicy, type OperationPolicy, type PolicyRole } from './access-policy.js';
export { auditMutations, type AuditableContext } from './audit-trail/audit-trail.middleware.js';
export { recordAuditEntry, listAuditEntries, type AuditDatabase, type AuditEntry, type AuditQuery } from './audit-trail/audit-trail.store.js';
export { AuditTrailEntry, AuditTrailConnection, AuditTrailFilter, auditTrailResolver } from './audit-trail/audit-trail.resolver.js';
export { toAuditJson } from './audit-trail/snapshot.js';
export { IdArg } from './arguments/id-arg.js';
export { HasAtMostDecimals } from './arguments/decimals.js';
export {
  ExpectedVersionArg,
  assertExpectedVersion,
  assertChanged,
  checkExpectedVersion,
  mutationsWithoutNamedRecord,
  rememberExpectedVersion,
  type ExpectedVersion,
  type ExpectingContext,
  changedMeanwhile,
  unlessChangedMeanwhile,
  type RecordLabel,
  type Versioned,
} from './concurrency.js';
export { createSubgraphMetrics, type SubgraphMetrics } from './metrics.js';
