import type { User } from '@werkplek/auth';
import { domainError, ErrorCode } from '@werkplek/subgraph-kit';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

/*
 * Inspectors in the field submit from a local draft over a bad connection, so any request may arrive twice, or twice
 * at once. Two ways make a mutation safe to repeat:
 * - a record created with the client's id (`createOnce`): a repeat finds the record and answers with it;
 * - a step taken with the client's `clientMutationId` (`actOnce`): the id is remembered in the same transaction as
 *   the step; a repeat answers with the record as it is now instead of acting twice.
 * A concurrent repeat loses on the primary key (P2002), or on the record the winner changed first, and then answers
 * like a late one. Reusing an id for something
 * else is a client bug and is refused with CONFLICT, so nothing is silently overwritten.
 */

export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

function reusedId(what: { nl: string; en: string }, id: string) {
  return domainError(
    ErrorCode.Conflict,
    `Id ${id} is al gebruikt voor een andere ${what.nl}`,
    `Id ${id} is already used for another ${what.en}`,
    { id },
  );
}

/**
 * Creates a record under the client's id once. `sameRequest` tells whether a stored record is this request's (same
 * parent, same kind); the first write wins, a repeat gets the stored record back.
 */
export async function createOnce<Row>(options: {
  id: string;
  what: { nl: string; en: string };
  find: () => Promise<Row | null>;
  sameRequest: (row: Row) => boolean;
  create: () => Promise<Row>;
}): Promise<Row> {
  const answer = (row: Row) => {
    if (!options.sameRequest(row)) throw reusedId(options.what, options.id);
    return row;
  };
  const existing = await options.find();
  if (existing) return answer(existing);
  try {
    return await options.create();
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const winner = await options.find();
    if (!winner) throw error;
    return answer(winner);
  }
}

/**
 * Takes a step once per `clientMutationId` (without one, it simply acts). `act` runs in a transaction that also
 * records the id; `replay` answers a repeat (typically: the record as it is now).
 */
export async function actOnce<T>(
  prisma: PrismaClient,
  request: { clientMutationId?: string | null; operation: string; entityId: string; actor: User },
  act: (tx: Prisma.TransactionClient) => Promise<T>,
  replay: () => Promise<T>,
): Promise<T> {
  const { clientMutationId, operation, entityId, actor } = request;
  if (!clientMutationId) return prisma.$transaction((tx) => act(tx));
  const answerRepeat = async (): Promise<T | undefined> => {
    const earlier = await prisma.clientMutation.findUnique({ where: { id: clientMutationId } });
    if (!earlier) return undefined;
    if (earlier.operation !== operation || earlier.entityId !== entityId) {
      throw domainError(
        ErrorCode.Conflict,
        `Deze clientMutationId is al gebruikt voor ${earlier.operation}`,
        `This clientMutationId was already used for ${earlier.operation}`,
        { clientMutationId },
      );
    }
    return replay();
  };
  const repeat = await answerRepeat();
  if (repeat !== undefined) return repeat;
  try {
    return await prisma.$transaction(async (tx) => {
      const result = await act(tx);
      await tx.clientMutation.create({ data: { id: clientMutationId, operation, entityId, actorId: actor.id } });
      return result;
    });
  } catch (error) {
    // A concurrent repeat that lost: either on the id's primary key (P2002), or earlier, inside `act`, because the
    // winner already changed the record (the evidence file is gone, the audit's version moved on: NOT_FOUND,
    // CONFLICT). Once the winner's id is recorded, the step happened exactly once and this request answers like a late
    // repeat; otherwise the failure is real and goes to the client.
    const late = await answerRepeat();
    if (late === undefined) throw error;
    return late;
  }
}
