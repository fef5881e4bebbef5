import { describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { raceWriters } from './racing-writers.js';
import type { TestSubgraph } from './test-subgraph.js';

interface Versioned {
  id: string;
  version: number;
}

/** One editable aggregate and one real mutation on it, for `describeOptimisticConcurrency`. */
export interface ConcurrencyCase {
  aggregate: string;
  /** The table: a direct change by "someone else" (any UPDATE) raises the version through the trigger. */
  table: string;
  /** A record the mutation may be applied to, as the database holds it now (made by the case when the seed has none). */
  find(): Promise<Versioned & Record<string, unknown>>;
  reread(id: string): Promise<(Versioned & Record<string, unknown>) | null>;
  /** Declares `$expectedVersion: Int` and selects `{ id version }`. */
  mutation: string;
  variables(record: Record<string, unknown>): Record<string, unknown>;
  as(record: Record<string, unknown>): User;
}

export interface ConcurrencyFixture {
  subgraph(): TestSubgraph;
  /** Runs SQL with the id as $1 on the subgraph's database (e.g. prisma.$executeRawUnsafe). */
  execute(sql: string, id: string): Promise<unknown>;
}

/**
 * Issue #7's optimistic concurrency, the same three checks for every aggregate of a subgraph: the trigger raises the
 * version on any change; a mutation sent with a version that is no longer current is refused with CONFLICT and
 * changes nothing; of two writers racing with the same version exactly one wins and the version rises once.
 */
export function describeOptimisticConcurrency(cases: ConcurrencyCase[], fixture: ConcurrencyFixture): void {
  describe.each(cases)('$aggregate', (c) => {
    const touch = (id: string) => fixture.execute(`UPDATE "${c.table}" SET "version" = "version" WHERE "id" = $1::uuid`, id);
    const send = (record: Versioned & Record<string, unknown>) =>
      fixture.subgraph().query(c.mutation, { variables: { ...c.variables(record), expectedVersion: record.version }, as: c.as(record) });

    it('has a version that every change raises, whoever makes it', async () => {
      const record = await c.find();
      await touch(record.id);
      expect((await c.reread(record.id))!.version).toBe(record.version + 1);
    });

    it('refuses a change made on a stale screen with CONFLICT and changes nothing', async () => {
      const seen = await c.find();
      await touch(seen.id);
      const before = await c.reread(seen.id);
      const answer = await send(seen);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: seen.version + 1, expectedVersion: seen.version });
      expect(answer.errors?.[0]?.message).toMatch(/intussen door iemand anders gewijzigd/);
      expect(await c.reread(seen.id)).toEqual(before);
    });

    it('lets exactly one of two racing writers through, and raises the version once', async () => {
      const seen = await c.find();
      const race = await raceWriters([() => send(seen), () => send(seen)]);
      expect(race.others.map((answer) => answer.errors)).toEqual([]);
      expect(race.succeeded).toHaveLength(1);
      expect(race.conflicts).toHaveLength(1);
      expect((await c.reread(seen.id))!.version).toBe(seen.version + 1);
      const [field] = Object.keys(race.succeeded[0]!.data!);
      expect(race.succeeded[0]!.data).toMatchObject({ [field!]: { id: seen.id, version: seen.version + 1 } });
    });
  });
}
