import { describe, expect, it } from 'vitest';
import { GraphQLError, buildSchema } from 'graphql';
import { assertChanged, assertExpectedVersion, mutationsWithoutNamedRecord, unlessChangedMeanwhile } from '../src/index.js';

const APPLICATION = { nl: 'Aanvraag', en: 'Application' };

function codeOf(error: unknown) {
  return error instanceof GraphQLError ? error.extensions['code'] : undefined;
}

describe('optimistic concurrency', () => {
  it('lets a change through when the caller saw the current version or named none', () => {
    expect(() => assertExpectedVersion({ version: 4 }, 4, APPLICATION)).not.toThrow();
    expect(() => assertExpectedVersion({ version: 4 }, undefined, APPLICATION)).not.toThrow();
    expect(() => assertExpectedVersion({ version: 4 }, null, APPLICATION)).not.toThrow();
  });

  it('refuses a change made on a stale screen with CONFLICT, both versions and a Dutch/English message', () => {
    let caught: unknown;
    try {
      assertExpectedVersion({ version: 5 }, 4, APPLICATION);
    } catch (error) {
      caught = error;
    }
    expect(codeOf(caught)).toBe('CONFLICT');
    expect((caught as GraphQLError).extensions).toMatchObject({ currentVersion: 5, expectedVersion: 4, reason: 'STALE_VERSION' });
    expect((caught as GraphQLError).message).toBe(
      'Aanvraag werd intussen door iemand anders gewijzigd; laad opnieuw en probeer nog eens / The application was changed by someone else meanwhile; reload and try again',
    );
  });

  it("turns a guarded write that matched no row (Prisma's P2025) into that CONFLICT, and leaves other errors alone", async () => {
    const noRow = Object.assign(new Error('No record was found for an update.'), { code: 'P2025' });
    await expect(unlessChangedMeanwhile(APPLICATION, () => Promise.reject(noRow))).rejects.toSatisfy((e) => codeOf(e) === 'CONFLICT');
    const unique = Object.assign(new Error('Unique constraint failed'), { code: 'P2002' });
    await expect(unlessChangedMeanwhile(APPLICATION, () => Promise.reject(unique))).rejects.toBe(unique);
    await expect(unlessChangedMeanwhile(APPLICATION, async () => 'updated')).resolves.toBe('updated');
    expect(() => assertChanged({ count: 0 }, APPLICATION)).toThrow(/intussen door iemand anders gewijzigd/);
    expect(() => assertChanged({ count: 1 }, APPLICATION)).not.toThrow();
  });

  it('finds the mutations whose expectedVersion would check no record (none named by id, input.id or <type>Id)', () => {
    const schema = buildSchema(`
      type ActionPlan { id: ID! version: Int! }
      input ReturnInput { planId: ID! reason: String! }
      type Query { plan(id: ID!): ActionPlan }
      type Mutation {
        submit(id: ID!, expectedVersion: Int): ActionPlan
        returnPlan(input: ReturnInput!, expectedVersion: Int): ActionPlan
        approveRound(roundId: ID!, expectedVersion: Int): ActionPlan
        draft(roundId: ID!): ActionPlan
      }`);
    expect(mutationsWithoutNamedRecord(schema)).toEqual(['approveRound']);
  });
});
