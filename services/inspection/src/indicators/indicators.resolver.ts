import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Role } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { indicatorsServiceOf } from './indicators.service.js';
import { AuditIndicators } from './indicators.types.js';

@Resolver(() => AuditIndicators)
export class AuditIndicatorsResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => AuditIndicators, {
    description: 'Indicatoren van een kalenderjaar: gepland, uitgevoerd, gerapporteerd, geannuleerd per soort; vaststellingen; opvolging van aanbevelingen',
  })
  auditIndicators(@Arg('year', () => Int) year: number, @Ctx() ctx: InspectionContext) {
    return indicatorsServiceOf(ctx).auditIndicators(year);
  }
}
