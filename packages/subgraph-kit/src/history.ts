import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { User } from '@werkplek/auth';
import { loaderByGroup } from './loaders.js';

/**
 * One workflow step taken on a record; its full history is the list of these. Every subgraph keeps a `status_change`
 * table of this shape (see its schema.prisma) and writes a row in the same transaction as the step itself.
 */
@ObjectType('StatusChange', { description: 'Eén stap in de geschiedenis van een dossier' })
@Directive('@shareable')
export class StatusChange {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Soort dossier, bv. RecognitionApplication' })
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { description: 'De genomen stap' })
  step!: string;

  @Field(() => String, { nullable: true })
  fromStatus!: string | null;

  @Field(() => String)
  toStatus!: string;

  @Field(() => String)
  actorName!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date)
  at!: Date;
}

/** History in the order it was made: by business time, then by insertion for steps taken at the same instant. */
export const historyOrder = [{ at: 'asc' as const }, { sequence: 'asc' as const }];

interface StatusChangeData {
  entityType: string;
  entityId: string;
  step: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: string;
  actorName: string;
  note: string | null;
  at: Date;
}

/** The part of a Prisma transaction client that writes history. */
export interface HistoryWriter {
  statusChange: { create(args: { data: StatusChangeData }): PromiseLike<unknown> };
}

/** Writes one step of a record's history, inside the same transaction as the change itself, on the request's clock. */
export function recordStatusChange(
  tx: HistoryWriter,
  entry: { entityType: string; entityId: string; step: string; from: string | null; to: string; actor: User; note?: string | null; at: Date },
) {
  return tx.statusChange.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      step: entry.step,
      fromStatus: entry.from,
      toStatus: entry.to,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      note: entry.note ?? null,
      at: entry.at,
    },
  });
}

/** The where clause a history loader asks the `status_change` table with. */
export interface HistoryQuery {
  where: { entityType?: string; entityId: { in: string[] } };
  orderBy: typeof historyOrder;
}

/**
 * A per-request DataLoader of the history of many records at once (one query for a whole page), in the order it was
 * made. `findMany` is the service's `prisma.statusChange.findMany`; `entityType` narrows it to one kind of record.
 */
export function historyLoader<Row extends { entityId: string }>(
  findMany: (query: HistoryQuery) => PromiseLike<Row[]>,
  entityType?: string,
) {
  return loaderByGroup(
    async (ids) => findMany({ where: { ...(entityType ? { entityType } : {}), entityId: { in: [...ids] } }, orderBy: historyOrder }),
    (row: Row) => row.entityId,
  );
}
