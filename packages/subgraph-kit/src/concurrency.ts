import { getNamedType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { Arg, Int, type MiddlewareFn } from 'type-graphql';
import { targetId } from './audit-trail/audit-trail.middleware.js';
import { badUserInput, domainError, ErrorCode, prismaCode } from './errors.js';

/**
 * Optimistic concurrency for every editable aggregate.
 *
 * - Each aggregate's table has a `version` column that a trigger raises by one on every UPDATE (`werkplek-db migration
 *   version-trigger`, in each service's `record_versions` migration): no code path can change a row and forget the version.
 * - A screen reads `version` with the record and sends it back as `expectedVersion` with the mutation; a record that
 *   changed since is refused with CONFLICT and its current version, so nobody overwrites a change they never saw.
 *   The argument (`@ExpectedVersionArg()` on the mutation) travels on the request context to the service
 *   (`rememberExpectedVersion`), where the one function that loads a record for a change and checks who may change it
 *   also calls `checkExpectedVersion(ctx, record, LABEL)`: one line per aggregate, not one per mutation, and only for
 *   the record the mutation names (by the audit trail's `targetId`), never for another record the step touches.
 * - The write itself names the version (and state) it was computed from in its `where`; when a racing writer got there
 *   first no row matches and `unlessChangedMeanwhile` turns Prisma's P2025 into the same CONFLICT. Under READ COMMITTED
 *   the second UPDATE waits for the first's row lock and then re-checks its `where` against the new row, so exactly one
 *   of two racing writers wins and the other changes nothing.
 */

export interface Versioned {
  version: number;
}

export interface RecordLabel {
  nl: string;
  en: string;
}

/** The optional `expectedVersion` argument of a mutation on a versioned record: the version the caller's screen shows. */
export function ExpectedVersionArg() {
  return Arg('expectedVersion', () => Int, {
    nullable: true,
    description:
      'The version of the record as the caller last read it. When given and the record has changed since, the mutation is refused with CONFLICT (and the current version) instead of overwriting that change.',
    validateFn: (value: unknown) => {
      if (value === null || value === undefined) return;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        throw badUserInput('expectedVersion: een geheel getal vanaf 1', 'expectedVersion: an integer from 1', { field: 'expectedVersion' });
      }
    },
  });
}

/** What a mutation's `expectedVersion` refers to: the record it names and the version its caller saw. */
export interface ExpectedVersion {
  recordId: string | undefined;
  version: number;
}

/** Where `rememberExpectedVersion` leaves it for the services of the request. */
export interface ExpectingContext {
  expectedVersion?: ExpectedVersion | undefined;
}

/** Global middleware: a mutation's `expectedVersion` argument, with the record it names, onto the request context. */
export const rememberExpectedVersion: MiddlewareFn<ExpectingContext> = async ({ args, context, info }, next) => {
  const version = (args as Record<string, unknown>)['expectedVersion'];
  if (info.parentType.name !== 'Mutation' || typeof version !== 'number') return next();
  const resultType = getNamedType(info.returnType);
  const recordId = targetId(args as Record<string, unknown>, isObjectType(resultType) ? resultType.name : null);
  context.expectedVersion = { recordId, version };
  try {
    return await next();
  } finally {
    // Mutations run one after the other: the next one in the same request brings its own.
    context.expectedVersion = undefined;
  }
};

/**
 * In a service, right after loading the record a change is about to be computed from and checking who may change it:
 * refuses the change when the mutation named this record with a version that is not its current one.
 */
export function checkExpectedVersion(context: ExpectingContext, record: Versioned & { id: string }, what: RecordLabel): void {
  const expected = context.expectedVersion;
  if (!expected || expected.recordId !== record.id) return;
  assertExpectedVersion(record, expected.version, what);
}

/** CONFLICT: the record changed after the caller (or this request) read it. */
export function changedMeanwhile(what: RecordLabel, extensions: { currentVersion?: number; expectedVersion?: number } = {}) {
  return domainError(
    ErrorCode.Conflict,
    `${what.nl} werd intussen door iemand anders gewijzigd; laad opnieuw en probeer nog eens`,
    `The ${what.en.toLowerCase()} was changed by someone else meanwhile; reload and try again`,
    { ...extensions, reason: 'STALE_VERSION' },
  );
}

/** Refuses a change computed on a stale screen: the caller saw `expected`, the record is at `record.version`. */
export function assertExpectedVersion(record: Versioned, expected: number | null | undefined, what: RecordLabel): void {
  if (expected === null || expected === undefined || expected === record.version) return;
  throw changedMeanwhile(what, { currentVersion: record.version, expectedVersion: expected });
}

/**
 * Runs a write whose `where` names the version (and state) it was computed from. When no row matches, someone else
 * changed the record between the read and this write: CONFLICT rather than Prisma's "not found".
 */
export async function unlessChangedMeanwhile<T>(what: RecordLabel, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (prismaCode(error) === 'P2025') throw changedMeanwhile(what);
    throw error;
  }
}

/** For `updateMany` writes guarded the same way: zero rows changed means someone else got there first. */
export function assertChanged(result: { count: number }, what: RecordLabel): void {
  if (result.count === 0) throw changedMeanwhile(what);
}

/**
 * The mutations that take `expectedVersion` but name no record of their result type by an argument the check can find
 * (`id`, `input.id`, `<x>Id`): for them the argument would silently check nothing. A service's test expects none.
 */
export function mutationsWithoutNamedRecord(schema: GraphQLSchema): string[] {
  const fields = schema.getMutationType()?.getFields() ?? {};
  return Object.values(fields)
    .filter((field) => field.args.some((arg) => arg.name === 'expectedVersion'))
    .filter((field) => {
      const resultType = getNamedType(field.type);
      const args: Record<string, unknown> = {};
      for (const arg of field.args) {
        const type = getNamedType(arg.type);
        args[arg.name] = isInputObjectType(type) ? Object.fromEntries(Object.keys(type.getFields()).map((name) => [name, 'named'])) : 'named';
      }
      return targetId(args, isObjectType(resultType) ? resultType.name : null) === undefined;
    })
    .map((field) => field.name);
}
