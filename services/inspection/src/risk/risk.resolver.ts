import { rolesAllowed } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateScalar, Role } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { riskWeightServiceOf as serviceOf } from './risk-weight.service.js';
import { RiskWeightSetting, SetRiskWeightInput } from './risk.types.js';

@Resolver(() => RiskWeightSetting)
export class RiskWeightResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => [RiskWeightSetting], { description: 'De gewichten van de risicofactoren die op een dag gelden (standaard: vandaag)' })
  riskWeights(@Arg('on', () => LocalDateScalar, { nullable: true }) on: Date | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).weightsOn(on);
  }

  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => [RiskWeightSetting], { description: 'Geplande wijzigingen van de gewichten, na vandaag' })
  scheduledRiskWeights(@Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).scheduled(ctx.now());
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.setRiskWeight']))
  @Mutation(() => RiskWeightSetting, {
    description: 'Een gewicht instellen vanaf een dag (niet in het verleden); dezelfde factor en dag opnieuw vervangt die geplande waarde',
  })
  setRiskWeight(@Arg('input', () => SetRiskWeightInput) input: SetRiskWeightInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).setWeight(input);
  }
}
