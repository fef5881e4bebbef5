import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Role, type User } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';

/** One workflow step taken on a record: its full history is the list of these. */
@ObjectType('StatusChange', { description: 'Eén stap in de geschiedenis van een dossier' })
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

/** Writes one step of a record's history, inside the same transaction as the change itself. */
export function recordStatusChange(
  tx: Prisma.TransactionClient,
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
      // The request's clock, not the database's: history orders by business time (tests move the clock).
      at: entry.at,
    },
  });
}

@Resolver()
export class HistoryResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => [StatusChange], { description: 'De volledige geschiedenis van een dossier, oudste eerst' })
  history(@Arg('entityId', () => ID) entityId: string, @Ctx() ctx: DualLearningContext) {
    return ctx.prisma.statusChange.findMany({ where: { entityId }, orderBy: historyOrder });
  }
}
