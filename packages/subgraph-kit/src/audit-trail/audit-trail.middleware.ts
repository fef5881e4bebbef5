import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { AuthCheckerFn, MiddlewareFn } from 'type-graphql';
import type { Role } from '@werkplek/auth';
import type { SubgraphContext } from '../auth.js';
import { recordAuditEntry, type AuditDatabase } from './audit-trail.store.js';
import { toAuditJson } from './snapshot.js';

/** What the audit trail needs from a request's context: the caller, the subgraph's database and its clock. */
export interface AuditableContext extends SubgraphContext {
  prisma: AuditDatabase;
  now?(): Date;
}

type Delegate = { findUnique(args: { where: { id: string } }): Promise<unknown> };

/** The Prisma model behind a GraphQL type of the same name (ActionPlan → prisma.actionPlan), if there is one. */
function delegateFor(prisma: unknown, typeName: string): Delegate | undefined {
  const candidate = (prisma as Record<string, unknown>)[typeName.charAt(0).toLowerCase() + typeName.slice(1)];
  return candidate && typeof (candidate as Delegate).findUnique === 'function' ? (candidate as Delegate) : undefined;
}

/**
 * The record a mutation names: `id` or `input.id`, else an argument (or input field) `<name>Id` whose name ends the
 * result type's name: `auditId` for an Audit, `applicationId` for a RecognitionApplication, `mentorId` for a Mentor.
 */
export function targetId(args: Record<string, unknown>, typeName: string | null): string | undefined {
  const input = args['input'] && typeof args['input'] === 'object' ? (args['input'] as Record<string, unknown>) : {};
  for (const candidate of [args['id'], input['id']]) {
    if (typeof candidate === 'string') return candidate;
  }
  if (!typeName) return undefined;
  const type = typeName.toLowerCase();
  const namesTheType = (key: string) => key.length > 2 && key.endsWith('Id') && type.endsWith(key.slice(0, -2).toLowerCase());
  for (const source of [args, input]) {
    // The longest match wins: `recognitionApplicationId` over `applicationId` when a mutation names both.
    const keys = Object.keys(source).filter(namesTheType).sort((a, b) => b.length - a.length);
    for (const key of keys) {
      if (typeof source[key] === 'string') return source[key];
    }
  }
  return undefined;
}

async function snapshot(delegate: Delegate | undefined, id: string | undefined): Promise<unknown> {
  if (!delegate || !id) return null;
  try {
    return toAuditJson(await delegate.findUnique({ where: { id } }));
  } catch {
    // Not a uuid, or a model keyed otherwise: the trail says what was asked, without a snapshot.
    return null;
  }
}

function errorCode(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' ? code : (error as { constructor?: { name?: string } } | null)?.constructor?.name === 'ArgumentValidationError' ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
}

/**
 * Every mutation on the audit trail (issue #7): who (user id, name, role), when, which operation with which arguments
 * (secrets and file content withheld), the record it concerns, and that record before and after, read from the
 * database outside the mutation's own transaction (before it starts, after it committed). An attempt the domain
 * refuses (bad input, wrong state, someone else's record) is recorded with its error code; one the role check refuses
 * is recorded by `auditRoleRefusals` (type-graphql runs `@Authorized` before any middleware). The record comes from
 * the Prisma model named like the mutation's GraphQL type; for a result of another shape, `after` is the result itself.
 *
 * Written after the mutation, not in its transaction: a trail that cannot be written is logged loudly, and the
 * mutation, already committed, is not undone (the domain's own history rows are transactional; this trail is the
 * platform's record of who called what).
 */
export const auditMutations: MiddlewareFn<AuditableContext> = async ({ args, context, info }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  const resultType = getNamedType((info as GraphQLResolveInfo).returnType);
  const typeName = isObjectType(resultType) ? resultType.name : null;
  const delegate = typeName ? delegateFor(context.prisma, typeName) : undefined;
  const id = targetId(args, typeName);
  const before = await snapshot(delegate, id);
  const at = context.now?.() ?? new Date();
  const write = (outcome: string, entityId: string | undefined, after: unknown) =>
    recordAuditEntry(context.prisma, {
      at,
      actorId: context.user?.id ?? null,
      actorName: context.user?.name ?? null,
      actorRole: context.user?.role ?? null,
      operation: info.fieldName,
      arguments: toAuditJson(args),
      entityType: typeName,
      entityId: entityId ?? null,
      before,
      after,
      outcome,
    }).catch((error: unknown) => console.error('[audit-trail] could not record', info.fieldName, error));
  try {
    const result: unknown = await next();
    const resultId = result && typeof result === 'object' && typeof (result as { id?: unknown }).id === 'string' ? (result as { id: string }).id : id;
    const after = delegate ? await snapshot(delegate, resultId) : toAuditJson(result);
    await write('OK', resultId, after);
    return result;
  } catch (error) {
    await write(errorCode(error), id, before);
    throw error;
  }
};

/**
 * Wraps the subgraph's `@Authorized` check so that a signed-in caller's mutation refused for their role is on the trail
 * too (outcome FORBIDDEN, with the arguments and the record it named): who tried what they may not is what a security
 * review asks first. Anonymous attempts are not written (the gateway answers them "sign in"; writing them would let
 * anyone fill the table). Queries are never recorded.
 */
export function auditRoleRefusals(check: AuthCheckerFn<AuditableContext, Role>): AuthCheckerFn<AuditableContext, Role> {
  return async (data, roles) => {
    try {
      return await check(data, roles);
    } catch (error) {
      const { context, info, args } = data;
      if (info.parentType.name === 'Mutation' && context.user) {
        const resultType = getNamedType(info.returnType);
        const typeName = isObjectType(resultType) ? resultType.name : null;
        await recordAuditEntry(context.prisma, {
          at: context.now?.() ?? new Date(),
          actorId: context.user.id,
          actorName: context.user.name,
          actorRole: context.user.role,
          operation: info.fieldName,
          arguments: toAuditJson(args),
          entityType: typeName,
          entityId: targetId(args, typeName) ?? null,
          before: null,
          after: null,
          outcome: errorCode(error),
        }).catch((failure: unknown) => console.error('[audit-trail] could not record', info.fieldName, failure));
      }
      throw error;
    }
  };
}
