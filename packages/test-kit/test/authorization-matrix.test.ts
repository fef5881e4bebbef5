import { describe, expect, it } from 'vitest';
import { buildSchema, graphql } from 'graphql';
import { Role, type User } from '@werkplek/auth';
import { defineAccessPolicy } from '@werkplek/subgraph-kit';
import { authorizationMatrix, type MatrixCaller } from '../src/index.js';

/**
 * The matrix engine on a small schema whose resolvers check access the way the subgraphs do (role, then the record's
 * centre), with one deliberate hole: `Mutation.renamePlan` forgets the centre check. The engine must generate the
 * operations, find the hole, name the undeclared operation, and print the table.
 */
const schema = buildSchema(`
  scalar LocalDate
  type Query { plan(id: ID!): Plan, plans: [Plan!]!, directory: [String!]! }
  type Mutation { renamePlan(id: ID!, input: RenameInput!): Plan, submitPlan(id: ID!): Plan, archivePlan(id: ID!): Plan }
  input RenameInput { title: String!, deadline: LocalDate!, kind: Kind! }
  enum Kind { ANNUAL NOVEMBER }
  type Plan { id: ID!, title: String!, centreId: ID! }
`);

const plans = { own: { id: 'plan-west', title: 'West', centreId: 'west' }, foreign: { id: 'plan-limburg', title: 'Limburg', centreId: 'limburg' } };
class Refusal extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

function check(user: User | null, roles: string[]) {
  if (!user) throw new Refusal('UNAUTHENTICATED');
  if (!roles.includes(user.role)) throw new Refusal('FORBIDDEN');
}
const find = (id: string) => Object.values(plans).find((plan) => plan.id === id);
const root = {
  plan: ({ id }: { id: string }, user: User | null) => {
    check(user, ['AGENCY_STAFF', 'CENTRE_USER']);
    const plan = find(id);
    return plan && (user?.role !== 'CENTRE_USER' || plan.centreId === user.centreId) ? plan : null;
  },
  plans: (_: unknown, user: User | null) => (check(user, ['AGENCY_STAFF', 'CENTRE_USER']), []),
  directory: () => ['Syntra West'],
  // The hole: no centre check.
  renamePlan: ({ id }: { id: string }, user: User | null) => (check(user, ['CENTRE_USER']), find(id)),
  // A crash is never an authorization answer, whatever the policy says.
  archivePlan: () => {
    throw new Error('boom');
  },
  submitPlan: ({ id }: { id: string }, user: User | null) => {
    check(user, ['CENTRE_USER']);
    const plan = find(id);
    if (!plan || plan.centreId !== user?.centreId) throw new Refusal('NOT_FOUND');
    return plan;
  },
};

const policy = defineAccessPolicy({
  'Query.plan': { roles: { AGENCY_STAFF: 'all', CENTRE_USER: 'own' } },
  'Query.plans': { roles: { AGENCY_STAFF: 'all', CENTRE_USER: 'own' } },
  'Mutation.renamePlan': { roles: { CENTRE_USER: 'own' } },
  'Mutation.submitPlan': { roles: { CENTRE_USER: 'own' } },
  'Mutation.archivePlan': { roles: { AGENCY_STAFF: 'all' } },
  'Query.removedLongAgo': { roles: {} },
});

const callers: MatrixCaller[] = [
  { label: 'anoniem', user: null, scoped: false },
  { label: 'agentschap', user: { id: 's', name: 'S', role: Role.AgencyStaff }, scoped: false },
  { label: 'centrum', user: { id: 'c', name: 'C', role: Role.CentreUser, centreId: 'west' }, scoped: true },
  { label: 'inspecteur', user: { id: 'i', name: 'I', role: Role.Inspector }, scoped: false },
];

describe('authorizationMatrix', () => {
  it('generates every operation, finds a missing ownership check, and reports undeclared and unknown operations', async () => {
    const seenVariables: Record<string, unknown>[] = [];
    const result = await authorizationMatrix({
      schema,
      policy,
      callers,
      execute: async (query, variables, user) => {
        seenVariables.push(variables);
        const answer = await graphql({ schema, source: query, variableValues: variables, rootValue: root, contextValue: user });
        return {
          status: 200,
          data: (answer.data as Record<string, unknown> | null | undefined) ?? null,
          ...(answer.errors
            ? {
                errors: answer.errors.map((error) => ({
                  message: error.message,
                  extensions: { code: error.originalError instanceof Refusal ? error.originalError.code : error.originalError ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' },
                })),
              }
            : {}),
        };
      },
      valueFor: ({ name, scope }) => (name === 'id' ? plans[scope].id : undefined),
    });
    console.log(result.table);

    expect(result.undeclared).toEqual(['Query.directory']);
    expect(result.unknownInPolicy).toEqual(['Query.removedLongAgo']);
    expect(result.mismatches).toEqual([
      expect.stringMatching(/^Mutation\.renamePlan as centrum \(foreign\): expected deny, got allowed/),
      ...['anoniem', 'centrum (own)', 'centrum (foreign)', 'inspecteur', 'agentschap'].map((caller) => expect.stringContaining(`Mutation.archivePlan as ${caller}: `)),
    ]);
    // Generated input: required fields with valid values of their type.
    expect(seenVariables).toContainEqual({ id: 'plan-west', input: { title: 'matrix-sample', deadline: '2027-03-15', kind: 'ANNUAL' } });
    const plan = result.rows.find((row) => row.operation === 'Query.plan')!;
    expect(plan.cells.map((cell) => `${cell.caller}/${cell.scope}:${cell.outcome}`).sort()).toEqual(
      ['agentschap/any:allowed', 'anoniem/any:denied', 'centrum/foreign:hidden', 'centrum/own:allowed', 'inspecteur/any:denied'].sort(),
    );
    expect(result.rows.find((row) => row.operation === 'Query.plans')!.cells.every((cell) => cell.ok)).toBe(true);
    expect(result.table).toMatch(/Mutation\.renamePlan\s+\|.*✓!/);
  });
});
