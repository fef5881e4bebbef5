import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { User } from '@werkplek/auth';
import type { AccessPolicy } from '@werkplek/subgraph-kit';
import { expectedAccess, type MatrixCaller } from './authorization-matrix.js';
import type { GraphQLResponse } from './graphql-request.js';

/**
 * Random and malformed input for every mutation of a subgraph (issue #7), generated from the schema with fast-check:
 * empty, huge, control-character and injection strings, impossible dates, out-of-range numbers, unknown enum values,
 * missing optional fields, real and made-up ids. Each call is made as a caller the policy allows, so the input
 * reaches the resolver. The property: every answer is a success or a clear error (a known code, a message), never a
 * 500 or INTERNAL_SERVER_ERROR, and a refused mutation leaves the database exactly as it was (fingerprint).
 */

export interface FuzzOptions {
  schema: GraphQLSchema;
  callers: MatrixCaller[];
  /** Picks, per mutation, the first caller the policy allows (own records); without a policy the first signed-in one. */
  policy?: AccessPolicy;
  execute(query: string, variables: Record<string, unknown>, user: User | null): Promise<GraphQLResponse>;
  /** Real ids (of the chosen caller's own records) offered next to made-up ones, by argument or input field name. */
  fixture?(operation: string, name: string, type: string): string | undefined;
  /** A digest of the whole database, compared before and after each refused mutation. */
  fingerprint(): Promise<string>;
  /** Calls per mutation (default 4). */
  runs?: number;
  /** fast-check seed, printed with every finding so a failure can be replayed. */
  seed?: number;
  /** Mutations left out, with the reason. */
  skip?: Record<string, string>;
}

export interface FuzzFinding {
  operation: string;
  variables: Record<string, unknown>;
  problem: string;
}

export interface FuzzResult {
  calls: number;
  refused: number;
  succeeded: number;
  findings: FuzzFinding[];
  seed: number;
}

/** Codes a client can act on. Anything else (INTERNAL_SERVER_ERROR, no code) is a finding. */
const CLEAR_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE_TRANSITION',
  'FORBIDDEN',
  'UNAUTHENTICATED',
]);

const hostileStrings = [
  '',
  '   ',
  'x'.repeat(10_000),
  "'; DROP TABLE recognition; --",
  '<script>alert(1)</script>',
  'nul\u0000byte',
  '\uD800',
  '🧱 Bouw & Co — Ça va',
  '../../etc/passwd',
];

function leafArbitrary(typeName: string, enumValues: string[] | undefined): fc.Arbitrary<unknown> {
  if (enumValues) return fc.oneof({ arbitrary: fc.constantFrom(...enumValues), weight: 4 }, { arbitrary: fc.constant('NOT_A_VALUE'), weight: 1 });
  switch (typeName) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.constantFrom(0, -0.5, 1e300));
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return fc.oneof(
        { arbitrary: fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), weight: 3 },
        { arbitrary: fc.constantFrom('2027-02-30', '2027-13-01', 'morgen', '', '27/03/2027'), weight: 2 },
      );
    case 'DateTimeISO':
      return fc.oneof(
        { arbitrary: fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((date) => date.toISOString()), weight: 3 },
        { arbitrary: fc.constantFrom('gisteren', '', '2027-02-30T25:61:00Z'), weight: 1 },
      );
    case 'ID':
      return fc.oneof(fc.uuid(), fc.constantFrom('', 'niet-bestaand', 'x'.repeat(300)));
    default:
      return fc.oneof({ arbitrary: fc.string({ maxLength: 40 }), weight: 3 }, { arbitrary: fc.constantFrom(...hostileStrings), weight: 2 });
  }
}

interface ArbitraryContext {
  operation: string;
  fixture: FuzzOptions['fixture'];
  depth: number;
}

function inputArbitrary(type: GraphQLInputType, name: string, context: ArbitraryContext): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArbitrary(type.ofType, name, context);
  // A nullable value is sometimes an explicit null.
  return fc.oneof({ arbitrary: valueArbitrary(type, name, context), weight: 5 }, { arbitrary: fc.constant(null), weight: 1 });
}

function valueArbitrary(type: GraphQLInputType, name: string, context: ArbitraryContext): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArbitrary(type.ofType, name, context);
  if (isListType(type)) return fc.array(inputArbitrary(type.ofType, name, context), { maxLength: 3 });
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (context.depth > 4) return fc.constant({});
    const fields = Object.values(named.getFields());
    const shape = Object.fromEntries(fields.map((field) => [field.name, inputArbitrary(field.type, field.name, { ...context, depth: context.depth + 1 })]));
    const requiredKeys = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    return fc.record(shape, { requiredKeys });
  }
  const enumValues = isEnumType(named) ? named.getValues().map((value) => value.value as string) : undefined;
  const generated = leafArbitrary(named.name, enumValues);
  const real = context.fixture?.(context.operation, name, named.name);
  return real === undefined ? generated : fc.oneof({ arbitrary: fc.constant(real), weight: 3 }, { arbitrary: generated, weight: 1 });
}

function callerFor(options: FuzzOptions, operation: string): MatrixCaller | undefined {
  const entry = options.policy?.[operation];
  if (!entry) return options.callers.find((caller) => caller.user !== null);
  return options.callers.find((caller) => expectedAccess(entry, caller, 'own') === 'allow');
}

/** What is wrong with an answer, if anything: a 5xx, an error without a clear code, or an empty message. */
export function unclearAnswer(response: GraphQLResponse): string | undefined {
  if (response.status >= 500) return `HTTP ${response.status}`;
  for (const error of response.errors ?? []) {
    const code = error.extensions?.code;
    if (!code || !CLEAR_CODES.has(code)) return `code ${code ?? '(none)'}: ${error.message}`;
    if (!error.message?.trim()) return `${code} without a message`;
  }
  return undefined;
}

export async function fuzzMutations(options: FuzzOptions): Promise<FuzzResult> {
  const seed = options.seed ?? Date.now() % 1_000_000;
  const runs = options.runs ?? 4;
  const result: FuzzResult = { calls: 0, refused: 0, succeeded: 0, findings: [], seed };
  const mutations = Object.values(options.schema.getMutationType()?.getFields() ?? {});
  let state = await options.fingerprint();
  for (const [index, field] of mutations.entries()) {
    const operation = `Mutation.${field.name}`;
    if (options.skip?.[operation]) continue;
    const caller = callerFor(options, operation);
    if (!caller) continue;
    const context: ArbitraryContext = { operation, fixture: options.fixture, depth: 0 };
    const args = Object.fromEntries(field.args.map((argument) => [argument.name, inputArbitrary(argument.type, argument.name, context)]));
    const requiredKeys = field.args.filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined).map((argument) => argument.name);
    const declarations = field.args.map((argument) => `$${argument.name}: ${argument.type.toString()}`);
    const passing = field.args.map((argument) => `${argument.name}: $${argument.name}`);
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    const query = `mutation Fuzz${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${passing.length ? `(${passing.join(', ')})` : ''}${selection} }`;
    const samples = fc.sample(fc.record(args, { requiredKeys }), { seed: seed + index, numRuns: runs }) as Record<string, unknown>[];
    for (const variables of samples) {
      result.calls += 1;
      const response = await options.execute(query, variables, caller.user);
      const unclear = unclearAnswer(response);
      if (unclear) result.findings.push({ operation, variables, problem: unclear });
      const refused = (response.errors?.length ?? 0) > 0 && (response.data?.[field.name] ?? null) === null;
      const after = await options.fingerprint();
      if (refused) {
        result.refused += 1;
        if (after !== state) result.findings.push({ operation, variables, problem: `refused (${response.errors?.[0]?.extensions?.code}) but the database changed` });
      } else result.succeeded += 1;
      state = after;
    }
  }
  return result;
}

/**
 * A digest of every table's rows, in one statement: equal digests mean equal data. Left out: Prisma's migration log
 * and the platform's audit trail (which records refused attempts on purpose).
 * `query` runs SQL on the subgraph's database (e.g. `prisma.$queryRawUnsafe`).
 */
export async function databaseFingerprint(query: (sql: string) => Promise<unknown[]>): Promise<string> {
  const tables = (await query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'werkplek_audit_trail') ORDER BY tablename",
  )) as { tablename: string }[];
  if (tables.length === 0) return 'empty';
  const parts = tables.map(({ tablename }) => `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "${tablename}" t)`);
  const [row] = (await query(`SELECT md5(concat_ws(',', ${parts.join(', ')})) AS digest`)) as { digest: string }[];
  return row?.digest ?? 'empty';
}
