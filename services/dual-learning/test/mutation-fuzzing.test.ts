import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, fuzzMutations, startTestSubgraph, type TestSubgraph } from '@werkplek/test-kit';
import { dualLearningPolicy } from '../src/access/policy.js';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { buildDualLearningSchema } from '../src/schema.js';
import { seedDualLearning } from '../src/seed.js';
import { bound, callers, idFor, pickFixtures } from './fixtures/access-fixtures.js';

/**
 * Random and malformed input for every mutation of dual learning (issue #7), as the first caller the policy allows
 * (agency staff; partnership staff of the own partnership for a vote; the inspection service for a revocation
 * proposal), offered the own files' real ids next to made-up ones. Every answer must be a success or a clear error
 * (never a 500), and a refused mutation must leave the database as it was. The seed is fixed, so a finding can be
 * replayed.
 */

/** Fixed, so CI replays the same calls; FUZZ_SEED / FUZZ_RUNS explore further locally. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_123);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 3);
let prisma: PrismaClient;
let subgraph: TestSubgraph;

/** The domain's tables (databaseFingerprint leaves out the audit trail, which records refused attempts on purpose). */
const fingerprint = () => databaseFingerprint(async (sql) => (await prisma.$queryRawUnsafe(sql)) as unknown[]);
const agency = () => callers.find((caller) => caller.label === 'agentschap')!.user;

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
        await seedDualLearning(client);
        await pickFixtures(client);
      },
    }),
  );
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

describe('mutation fuzzing of dual learning', () => {
  it('answers every random or malformed mutation with a success or a clear error, and a refusal changes nothing', async () => {
    const result = await fuzzMutations({
      schema: await buildDualLearningSchema(),
      callers,
      policy: dualLearningPolicy,
      execute: (query, variables, user) => subgraph.query(query, { variables, as: bound(user) }),
      // The fuzzer names a field, not its path: `id` is the record the operation is about, at the top or in `input`.
      fixture: (operation, name) => idFor(operation, 'id', name, 'own'),
      fingerprint,
      runs: RUNS,
      seed: SEED,
    });
    console.log(`fuzzing: ${result.calls} calls, ${result.refused} refused, ${result.succeeded} succeeded (seed ${result.seed})`);
    // One line per finding (long text cut), so a failure on another seed is readable enough to turn into a replay.
    for (const finding of result.findings) console.log(`${finding.operation}: ${finding.problem}\n  ${JSON.stringify(finding.variables).slice(0, 400)}`);

    expect(result.findings).toEqual([]);
    expect(result.calls).toBe(RUNS * Object.keys(dualLearningPolicy).filter((key) => key.startsWith('Mutation.')).length);
  }, 120_000);
});
