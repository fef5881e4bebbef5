import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DualLearningContext } from '../context.js';
import type { Workplace as WorkplaceRow } from '../generated/prisma/client.js';
import { Workplace } from '../workplace/workplace.types.js';
import { recognitionServiceOf } from './recognition.service.js';
import { Recognition } from './recognition.types.js';

/** A workplace's recognitions, from this module so the workplace module needs no knowledge of recognitions. */
@Resolver(() => Workplace)
export class WorkplaceRecognitionsResolver {
  @FieldResolver(() => [Recognition], {
    description: 'De erkenningen van de werkplek die je mag zien, nieuwste eerst (één query per verzoek)',
  })
  recognitions(@Root() workplace: WorkplaceRow, @Ctx() ctx: DualLearningContext) {
    return recognitionServiceOf(ctx).visibleByWorkplace.load(workplace.id);
  }
}
