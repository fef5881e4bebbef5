import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { domainError, ErrorCode } from '@werkplek/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { actOnce } from '../src/shared/client-mutation.js';

// actOnce's answer to a concurrent repeat, with the timing a test database cannot produce on demand (its requests run
// one after the other): the winner's id is recorded while this request's own `act` is still running.

interface Recorded {
  id: string;
  operation: string;
  entityId: string;
}

function fakePrisma(records: Map<string, Recorded>) {
  const clientMutation = {
    findUnique: async ({ where }: { where: { id: string } }) => records.get(where.id) ?? null,
    create: async ({ data }: { data: Recorded }) => {
      if (records.has(data.id)) throw Object.assign(new Error('Unique constraint failed'), { code: 'P2002' });
      records.set(data.id, data);
      return data;
    },
  };
  // Only what actOnce touches; the cast is the price of not starting a database for a timing test.
  return { clientMutation, $transaction: async <T>(act: (tx: unknown) => Promise<T>) => act({ clientMutation }) } as unknown as PrismaClient;
}

const actor = { id: 'test-inspector', name: 'Els Claes', role: 'INSPECTOR' } as const;
const gone = () => domainError(ErrorCode.NotFound, 'Bewijsstuk niet gevonden', 'Evidence file not found');

describe('actOnce', () => {
  it('answers like a late repeat when the winner removed the record while this request ran', async () => {
    const records = new Map<string, Recorded>();
    const clientMutationId = randomUUID();
    const answer = await actOnce(
      fakePrisma(records),
      { clientMutationId, operation: 'removeEvidence', entityId: 'ev-1', actor },
      async () => {
        // The first request commits its removal (and its id) now; this one then finds the file gone.
        records.set(clientMutationId, { id: clientMutationId, operation: 'removeEvidence', entityId: 'ev-1' });
        throw gone();
      },
      async () => 'ev-1',
    );
    expect(answer).toBe('ev-1');
  });

  it('passes the failure on when no request with that id succeeded', async () => {
    const records = new Map<string, Recorded>();
    const request = { clientMutationId: randomUUID(), operation: 'removeEvidence', entityId: 'ev-1', actor };
    await expect(actOnce(fakePrisma(records), request, async () => Promise.reject(gone()), async () => 'ev-1')).rejects.toThrow(/niet gevonden/);
    expect(records.size).toBe(0);
  });

  it('refuses the id of another step with CONFLICT, also on the concurrent path', async () => {
    const records = new Map<string, Recorded>();
    const clientMutationId = randomUUID();
    const attempt = actOnce(
      fakePrisma(records),
      { clientMutationId, operation: 'removeEvidence', entityId: 'ev-1', actor },
      async () => {
        records.set(clientMutationId, { id: clientMutationId, operation: 'audit.assign', entityId: 'audit-1' });
        throw gone();
      },
      async () => 'ev-1',
    );
    await expect(attempt).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });
});
