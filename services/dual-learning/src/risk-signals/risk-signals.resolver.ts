import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { rolesAllowed, LocalDateScalar } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { riskSignalsServiceOf as serviceOf } from './risk-signals.service.js';
import { PartnershipRiskSignal, WorkplaceRiskSignal } from './risk-signals.types.js';

const FROM = 'Eerste dag van de periode (inbegrepen)';
const TO = 'Laatste dag van de periode (inbegrepen; hoogstens 3 jaar na de eerste)';

/** Read by the inspection (service identity) for its risk-based planning, and by agency staff and inspectors. */
@Resolver()
export class RiskSignalsResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.workplaceRiskSignals']))
  @Query(() => [WorkplaceRiskSignal], { description: 'Werkplekken met klachten of vroegtijdig beëindigde overeenkomsten in de periode' })
  workplaceRiskSignals(
    @Arg('from', () => LocalDateScalar, { description: FROM }) from: Date,
    @Arg('to', () => LocalDateScalar, { description: TO }) to: Date,
    @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).workplaces(from, to);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.partnershipRiskSignals']))
  @Query(() => [PartnershipRiskSignal], { description: 'Klachten en vroegtijdig beëindigde overeenkomsten per partnerschap in de periode' })
  partnershipRiskSignals(
    @Arg('from', () => LocalDateScalar, { description: FROM }) from: Date,
    @Arg('to', () => LocalDateScalar, { description: TO }) to: Date,
    @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).partnerships(from, to);
  }
}
