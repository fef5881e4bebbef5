import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { rolesAllowed, LocalDateScalar } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { AppealDecisionType } from '../generated/prisma/enums.js';
import { handlingTimesServiceOf as serviceOf } from './handling-times.service.js';
import { HandlingTimes } from './handling-times.types.js';

const FROM = 'Eerste dag van de periode (inbegrepen)';
const TO = 'Laatste dag van de periode (inbegrepen; hoogstens 3 jaar na de eerste)';

/** The handling-time KPIs (seed003 §4.7) for the agency and the inspection. */
@Resolver()
export class HandlingTimesResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.complaintHandlingTimes']))
  @Query(() => HandlingTimes, {
    description: 'Klachten afgesloten in de periode binnen 45 dagen (BR-47; doel 75 %); onontvankelijke klachten tellen niet mee',
  })
  complaintHandlingTimes(
    @Arg('from', () => LocalDateScalar, { description: FROM }) from: Date,
    @Arg('to', () => LocalDateScalar, { description: TO }) to: Date,
    @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).complaints(from, to);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.appealHandlingTimes']))
  @Query(() => HandlingTimes, {
    description:
      'Beroepen beslist in de periode binnen 60 dagen na indiening (BR-44; doel 75 %); ingetrokken en onontvankelijke beroepen tellen niet mee',
  })
  appealHandlingTimes(
    @Arg('from', () => LocalDateScalar, { description: FROM }) from: Date,
    @Arg('to', () => LocalDateScalar, { description: TO }) to: Date,
    @Arg('decisionType', () => AppealDecisionType, {
      nullable: true,
      description: 'Enkel beroepen tegen deze soort beslissing (de KPI: NON_RECOGNITION); leeg = alle',
    })
    decisionType: AppealDecisionType | null | undefined,
    @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).appeals(from, to, decisionType);
  }
}
