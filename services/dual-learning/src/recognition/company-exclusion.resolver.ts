import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DualLearningContext } from '../context.js';
import type { CompanyExclusion as CompanyExclusionRow } from '../generated/prisma/client.js';
import { startOfDay } from '../shared/calendar.js';
import { StatusChange } from '../shared/history.js';
import { recognitionServiceOf as serviceOf } from './recognition.service.js';
import { CompanyExclusion, Recognition } from './recognition.types.js';
import { exclusionStateOn } from './recognition.workflow.js';

/** Computed and nested fields of CompanyExclusion (reached through Company.exclusions or liftCompanyExclusion). */
@Resolver(() => CompanyExclusion)
export class CompanyExclusionResolver {
  @FieldResolver(() => Boolean, { description: 'Blokkeert vandaag nieuwe aanvragen: begonnen, niet afgelopen, niet opgeheven' })
  active(@Root() exclusion: CompanyExclusionRow, @Ctx() ctx: DualLearningContext): boolean {
    return exclusionStateOn(exclusion, startOfDay(ctx.now())) === 'ACTIVE';
  }

  @FieldResolver(() => Recognition, { nullable: true, description: 'De erkenning die door de uitsluiting eindigde (null als je ze niet mag zien)' })
  recognition(@Root() exclusion: CompanyExclusionRow, @Ctx() ctx: DualLearningContext) {
    return exclusion.recognitionId ? serviceOf(ctx).visibleById.load(exclusion.recognitionId) : null;
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() exclusion: CompanyExclusionRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).historyOf.load(exclusion.id);
  }
}
