import { rolesAllowed, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Auditor as AuditorRow } from '../generated/prisma/client.js';
import { auditorServiceOf as serviceOf } from './auditor.service.js';
import { Auditor, RegisterAuditorInput } from './auditor.types.js';

@Resolver(() => Auditor)
export class AuditorResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => [Auditor], { description: 'Het register van auditoren (inspecteurs, toezichthouders, onderwijsinspectie)' })
  auditors(@Arg('active', () => Boolean, { nullable: true }) active: boolean | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).list(active);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.registerAuditor']))
  @Mutation(() => Auditor, { description: 'Een auditor registreren' })
  registerAuditor(@Arg('input', () => RegisterAuditorInput) input: RegisterAuditorInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).register(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.deactivateAuditor']))
  @Mutation(() => Auditor, { description: 'Een auditor op non-actief zetten (blijft in eerdere doorlichtingen)' })
  deactivateAuditor(@IdArg('id') id: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).deactivate(id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'De gebruiker van de auditor (alleen voor personeel van het agentschap)' })
  userId(@Root() auditor: AuditorRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).userIdVisibleTo(auditor);
  }
}
