import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationMatrix, startTestSubgraph, type ArgumentRequest, type Scope, type TestSubgraph } from '@werkplek/test-kit';
import { inspectionPolicy } from '../src/access/policy.js';
import { buildInspectionSchema } from '../src/schema.js';
import { createInspectionSubgraph } from '../src/index.js';
import { bound, callers, idFor, insertMatrixFixtures, validValue, type MatrixFixtures } from './matrix-fixtures.js';

/**
 * The generated authorization matrix of inspection (issue #7): every Query and Mutation of the schema and every
 * federated entity, called as every role on an own and a foreign audit, compared with src/access/policy.ts. "Own" is
 * an audit the test inspector is assigned to, about the centre / partnership of the scoped callers; "foreign" one he
 * is not assigned to, about another centre and partnership. A new operation without a policy entry, or an assignment
 * or ownership check that goes missing, fails here.
 */

let subgraph: TestSubgraph;
let fixtures: MatrixFixtures;

function valueFor({ operation, path, name, scope }: ArgumentRequest): unknown {
  // A new record's own id: fresh, so the call creates rather than repeats.
  if (path === 'input.id' && /^Mutation\.(recordFinding|uploadEvidence|proposeRevocation)$/.test(operation)) return randomUUID();
  const id = idFor(fixtures, scope, operation, name);
  if (id !== undefined) return id;
  // Valid values where class-validator or a team rule would answer before the ownership check does.
  return validValue(operation, name);
}

function entityFor(type: string, scope: Scope): Record<string, unknown> | undefined {
  if (type === 'Audit') return { __typename: 'Audit', id: fixtures[scope].audit };
  if (type === 'TrainingCentre') return { __typename: type, id: fixtures[scope].centre };
  if (type === 'Partnership') return { __typename: type, id: fixtures[scope].partnership };
  return { __typename: type, id: '00000000-0000-4000-8000-0000000000e1' };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (prisma) => {
        fixtures = await insertMatrixFixtures(prisma);
      },
    }),
  );
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

describe('authorization matrix of inspection', () => {
  it('every operation and entity behaves as src/access/policy.ts declares, for every role on own and foreign audits', async () => {
    const result = await authorizationMatrix({
      schema: await buildInspectionSchema(),
      policy: inspectionPolicy,
      callers,
      execute: (query, variables, user) => subgraph.query(query, { variables, as: bound(user, fixtures) }),
      valueFor,
      entityFor,
    });
    console.log(result.table);

    expect(result.undeclared).toEqual([]);
    expect(result.unknownInPolicy).toEqual([]);
    expect(result.mismatches).toEqual([]);
    const serverErrors = result.rows.flatMap((row) =>
      row.cells.filter((cell) => cell.detail?.includes('INTERNAL_SERVER_ERROR')).map((cell) => `${row.operation} as ${cell.caller}: ${cell.detail}`),
    );
    expect(serverErrors).toEqual([]);
  }, 120_000);
});
