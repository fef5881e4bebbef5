import { getNamedType, isLeafType, isNonNullType, isObjectType, isUnionType, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { User } from '@werkplek/auth';
import type { AccessPolicy, OperationPolicy } from '@werkplek/subgraph-kit';
import type { GraphQLResponse } from './graphql-request.js';
import { generateOperation, plainLeaf, type Ask, type GeneratedOperation } from './operation-generator.js';

/**
 * The generated authorization matrix (issue #7): every root field of a subgraph's schema and every federated entity,
 * called as every kind of caller on a record of their own and on someone else's, compared with the subgraph's
 * declared access policy. Operations are generated from the schema (type-correct arguments, `__typename` as the
 * selection), so a new operation is in the matrix the moment it exists, and one without a policy entry fails.
 */

export type Scope = 'own' | 'foreign';

export interface MatrixCaller {
  /** Column header, e.g. "centrum". */
  label: string;
  /** Who calls; null for anonymous. */
  user: User | null;
  /** Callers bound to an organisation (or inspectors to audits) are run on own and foreign records. */
  scoped: boolean;
}

export interface ArgumentRequest {
  /** `Query.actionPlan`, `Mutation.submitActionPlan`, `Entity.Workplace`. */
  operation: string;
  /** Path of the value, e.g. `id`, `input.planId`, `input.dossiers.0.sectorCode`. */
  path: string;
  /** The argument's or input field's own name (`planId`). */
  name: string;
  /** Named GraphQL type (`ID`, `String`, `LocalDate`, `ActionPlanInput`). */
  type: string;
  scope: Scope;
  /** The caller the value is for. */
  caller: MatrixCaller;
}

/** `failed`: an internal error, which matches no expectation (a crash is never an authorization answer). */
export type Outcome = 'allowed' | 'denied' | 'hidden' | 'failed';

export interface MatrixOptions {
  schema: GraphQLSchema;
  policy: AccessPolicy;
  callers: MatrixCaller[];
  /** Runs one operation as `user` against the subgraph under test (over HTTP, with the gateway's forwarded identity). */
  execute(query: string, variables: Record<string, unknown>, user: User | null): Promise<GraphQLResponse>;
  /**
   * A value for an argument or input field: fixture ids of owned and foreign records (by `scope`), or a valid value
   * where the generated one would not pass validation. Undefined: generated (required) or left out (optional).
   */
  valueFor(request: ArgumentRequest): unknown;
  /** Representations for `_entities`, per entity type and scope (e.g. `{ __typename: 'Workplace', id }`). */
  entityFor?(type: string, scope: Scope, caller: MatrixCaller): Record<string, unknown> | undefined;
  /** Operations left out, with the reason (printed). */
  skip?: Record<string, string>;
}

export interface MatrixCell {
  caller: string;
  scope: Scope | 'any';
  expected: 'allow' | 'deny';
  outcome: Outcome;
  ok: boolean;
  detail?: string;
}

export interface MatrixRow {
  operation: string;
  cells: MatrixCell[];
}

export interface MatrixResult {
  rows: MatrixRow[];
  /** Operations of the schema without a policy entry, and policy entries for operations that do not exist. */
  undeclared: string[];
  unknownInPolicy: string[];
  mismatches: string[];
  /** The table, one line per operation, for the test output. */
  table: string;
}

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** What a caller's response means for authorization. */
export function classify(response: GraphQLResponse, field: string): Outcome {
  const codes = (response.errors ?? []).map((error) => error.extensions?.code);
  if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) return 'failed';
  if (codes.some((code) => code !== undefined && AUTH_CODES.has(code))) return 'denied';
  if (codes.includes('NOT_FOUND')) return 'hidden';
  // A lookup that answers null (or `_entities` with only nulls) hides the record; an empty list is an answer.
  const value = response.data?.[field];
  if (!response.errors?.length && (value === null || (Array.isArray(value) && value.length > 0 && value.every((item) => item === null)))) return 'hidden';
  return 'allowed';
}

interface GeneratedMatrixOperation extends GeneratedOperation {
  usedFixture: boolean;
}

function generateRootOperation(
  kind: 'Query' | 'Mutation',
  field: GraphQLField<unknown, unknown>,
  scope: Scope,
  caller: MatrixCaller,
  valueFor: MatrixOptions['valueFor'],
): GeneratedMatrixOperation {
  const key = `${kind}.${field.name}`;
  let usedFixture = false;
  // Only a record the operation must name (a required id) makes "own" and "foreign" differ; an optional filter
  // value does not (lists are scoped to the caller's own records instead of refused).
  const ask: Ask = (path, name, type, required) => {
    const value = valueFor({ operation: key, path, name, type, scope, caller });
    if (value !== undefined && required && (type === 'ID' || /Id$/.test(name))) usedFixture = true;
    return value;
  };
  return { ...generateOperation(kind, field, { ask, leaf: plainLeaf }), usedFixture };
}

/** The scalar fields of an entity without required arguments: what `_entities` hands out. */
function entitySelection(schema: GraphQLSchema, typeName: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return '__typename';
  const fields = Object.values(type.getFields()).filter(
    (field) => isLeafType(getNamedType(field.type)) && field.args.every((argument) => !isNonNullType(argument.type)),
  );
  return fields.map((field) => field.name).join(' ') || '__typename';
}

export function expectedAccess(entry: OperationPolicy | undefined, caller: MatrixCaller, scope: Scope | 'any'): 'allow' | 'deny' {
  if (!entry) return 'deny';
  if (!caller.user) return entry.public ? 'allow' : 'deny';
  const access = entry.roles[caller.user.role];
  if (access === 'all') return 'allow';
  if (access === 'own') return scope === 'foreign' ? 'deny' : 'allow';
  return entry.public ? 'allow' : 'deny';
}

function accepts(expected: 'allow' | 'deny', outcome: Outcome, usedFixture: boolean): boolean {
  if (outcome === 'failed') return false;
  if (expected === 'deny') return outcome !== 'allowed';
  // Allowed callers on records that exist must see them; with made-up ids "not found" is all there is to see.
  return outcome === 'allowed' || (!usedFixture && outcome === 'hidden');
}

const SYMBOL: Record<Outcome, string> = { allowed: '✓', denied: '✗', hidden: '·', failed: '💥' };

export async function authorizationMatrix(options: MatrixOptions): Promise<MatrixResult> {
  const { schema, policy, callers } = options;
  const rows: MatrixRow[] = [];
  const keys: string[] = [];
  const skipped = options.skip ?? {};

  const roots: ['Query' | 'Mutation', GraphQLField<unknown, unknown>][] = [];
  for (const kind of ['Query', 'Mutation'] as const) {
    const type = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name === '_service' || field.name === '_entities') continue;
      roots.push([kind, field]);
    }
  }
  const entityUnion = schema.getType('_Entity');
  const entities = isUnionType(entityUnion) ? entityUnion.getTypes().map((type) => type.name) : [];

  const runs: { key: string; run: (caller: MatrixCaller, scope: Scope) => Promise<{ outcome: Outcome; usedFixture: boolean; detail?: string }> }[] = [];
  for (const [kind, field] of roots) {
    runs.push({
      key: `${kind}.${field.name}`,
      run: async (caller, scope) => {
        const operation = generateRootOperation(kind, field, scope, caller, options.valueFor);
        const response = await options.execute(operation.query, operation.variables, caller.user);
        const detail = response.errors?.map((error) => `${error.extensions?.code ?? '?'}: ${error.message}`).join('; ');
        return { outcome: classify(response, operation.field), usedFixture: operation.usedFixture, ...(detail ? { detail } : {}) };
      },
    });
  }
  for (const entity of entities) {
    runs.push({
      key: `Entity.${entity}`,
      run: async (caller, scope) => {
        const representation = options.entityFor?.(entity, scope, caller);
        if (!representation) return { outcome: 'hidden', usedFixture: false, detail: 'no representation given' };
        const query = `query Matrix($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${entity} { ${entitySelection(schema, entity)} } } }`;
        const response = await options.execute(query, { representations: [representation] }, caller.user);
        const detail = response.errors?.map((error) => `${error.extensions?.code ?? '?'}: ${error.message}`).join('; ');
        return { outcome: classify(response, '_entities'), usedFixture: true, ...(detail ? { detail } : {}) };
      },
    });
  }

  for (const { key, run } of runs) {
    keys.push(key);
    if (skipped[key]) continue;
    const entry = policy[key];
    if (!entry) continue;
    const plan = callers.flatMap((caller) => (caller.scoped ? (['own', 'foreign'] as const).map((scope) => ({ caller, scope })) : [{ caller, scope: 'own' as Scope }]));
    // Refusals first: a caller that may not act must be tried before one that may change or remove the record.
    plan.sort((a, b) => Number(expectedAccess(entry, a.caller, a.scope) === 'allow') - Number(expectedAccess(entry, b.caller, b.scope) === 'allow'));
    const cells: MatrixCell[] = [];
    for (const { caller, scope } of plan) {
      const { outcome, usedFixture, detail } = await run(caller, scope);
      // Without a named record the foreign run asks the same as the own one (a scoped list): same expectation.
      const cellScope = caller.scoped ? scope : 'any';
      const expected = expectedAccess(entry, caller, usedFixture ? cellScope : 'any');
      cells.push({ caller: caller.label, scope: cellScope, expected, outcome, ok: accepts(expected, outcome, usedFixture), ...(detail ? { detail } : {}) });
    }
    rows.push({ operation: key, cells });
  }

  const undeclared = keys.filter((key) => !policy[key] && !skipped[key]);
  const unknownInPolicy = Object.keys(policy).filter((key) => !keys.includes(key));
  const mismatches = rows.flatMap((row) =>
    row.cells
      .filter((cell) => !cell.ok)
      .map((cell) => `${row.operation} as ${cell.caller}${cell.scope === 'any' ? '' : ` (${cell.scope})`}: expected ${cell.expected}, got ${cell.outcome}${cell.detail ? ` – ${cell.detail}` : ''}`),
  );
  return { rows, undeclared, unknownInPolicy, mismatches, table: formatTable(rows, callers, skipped) };
}

function formatTable(rows: MatrixRow[], callers: MatrixCaller[], skipped: Record<string, string>): string {
  const columns = callers.flatMap((caller) => (caller.scoped ? [`${caller.label} eigen`, `${caller.label} ander`] : [caller.label]));
  const width = Math.max(...rows.map((row) => row.operation.length), 10);
  const lines = [
    `${'operation'.padEnd(width)} | ${columns.join(' | ')}`,
    `${'-'.repeat(width)}-|-${columns.map((column) => '-'.repeat(column.length)).join('-|-')}`,
  ];
  for (const row of rows) {
    const cells = columns.map((column) => {
      const cell = row.cells.find((candidate) => (candidate.scope === 'any' ? candidate.caller : `${candidate.caller} ${candidate.scope === 'own' ? 'eigen' : 'ander'}`) === column);
      const text = cell ? `${SYMBOL[cell.outcome]}${cell.ok ? '' : '!'}` : '';
      return text.padEnd(column.length);
    });
    lines.push(`${row.operation.padEnd(width)} | ${cells.join(' | ')}`);
  }
  for (const [key, reason] of Object.entries(skipped)) lines.push(`${key.padEnd(width)} | overgeslagen: ${reason}`);
  lines.push('✓ toegelaten  ✗ geweigerd (FORBIDDEN/UNAUTHENTICATED)  · verborgen (NOT_FOUND of leeg)  💥 interne fout  ! verschilt van het beleid');
  return lines.join('\n');
}
