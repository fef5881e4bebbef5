import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, fuzzMutations, startTestSubgraph, type TestSubgraph } from '@werkplek/test-kit';
import { inspectionPolicy } from '../src/access/policy.js';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { buildInspectionSchema } from '../src/schema.js';
import { createInspectionSubgraph } from '../src/index.js';
import { bound, callers, idFor, insertMatrixFixtures, type MatrixFixtures } from './matrix-fixtures.js';

/**
 * Hostile input to every mutation of inspection (issue #7): random and malformed values (control characters, huge
 * strings, wrong ids, impossible dates), as the first caller the policy allows, on the caller's own audit next to
 * made-up ids. Every answer must be a clear error code or a success, never a server error, and a refused mutation
 * must leave the whole database as it was (fingerprint before and after).
 */

let subgraph: TestSubgraph;
let client: PrismaClient;
let fixtures: MatrixFixtures;

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (prisma) => {
        client = prisma;
        fixtures = await insertMatrixFixtures(prisma);
      },
    }),
  );
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

describe('mutation fuzzing of inspection', () => {
  it('every mutation answers random and malformed input with a clear error or success, and a refusal changes nothing', async () => {
    const result = await fuzzMutations({
      schema: await buildInspectionSchema(),
      callers,
      policy: inspectionPolicy,
      execute: (query, variables, user) => subgraph.query(query, { variables, as: bound(user, fixtures) }),
      fixture: (operation, name) => idFor(fixtures, 'own', operation, name),
      fingerprint: () => databaseFingerprint((sql) => client.$queryRawUnsafe(sql)),
      runs: 3,
      seed: 20261123,
    });
    console.log(`fuzz: ${result.calls} calls, ${result.refused} refused, ${result.succeeded} succeeded (seed ${result.seed})`);
    expect(result.findings).toEqual([]);
    expect(result.calls).toBeGreaterThan(0);
  }, 120_000);
});
