import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import type { Partnership as PartnershipRow, PartnershipTrainingCap as CapRow } from '../generated/prisma/client.js';
import { trainingServiceOf } from '../training/training.service.js';
import { TrainingProgramme } from '../training/training.types.js';
import { partnershipServiceOf } from './partnership.service.js';
import {
  Partnership,
  PartnershipSettingChange,
  PartnershipTrainingCap,
  UpdatePartnershipSettingsInput,
} from './partnership.types.js';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

@Resolver(() => Partnership)
export class PartnershipResolver {
  // Public bodies: readable by everyone, also anonymously (no @Authorized on purpose).
  @Query(() => [Partnership], { description: 'Het Vlaams Partnerschap en de sectorale partnerschappen (publiek)' })
  partnerships(@Ctx() ctx: DualLearningContext) {
    return partnershipServiceOf(ctx).list();
  }

  @Query(() => Partnership, { description: 'Eén partnerschap (publiek)' })
  partnership(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    return partnershipServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.competentPartnership']))
  @Query(() => Partnership, { description: 'Bevoegd partnerschap volgens de paritaire comités (BR-06); anders het Vlaams Partnerschap' })
  competentPartnership(@Arg('jointCommittees', () => [String]) jointCommittees: string[], @Ctx() ctx: DualLearningContext) {
    return partnershipServiceOf(ctx).competentFor(jointCommittees);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.partnershipSettingHistory']))
  @Query(() => [PartnershipSettingChange], { description: 'Geschiedenis van de instellingen van een partnerschap, oudste eerst' })
  async partnershipSettingHistory(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    const rows = await partnershipServiceOf(ctx).settingHistory(id);
    return rows.map((row) => ({ ...row, oldValue: json(row.oldValue), newValue: json(row.newValue) }));
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.updatePartnershipSettings']))
  @Mutation(() => Partnership, { description: 'Instellingen van een partnerschap wijzigen (enkel agentschap); elke wijziging wordt bewaard' })
  updatePartnershipSettings(
    @IdArg('id') id: string,
    @Arg('input', () => UpdatePartnershipSettingsInput) input: UpdatePartnershipSettingsInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return partnershipServiceOf(ctx).updateSettings(id, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Plafond per vestiging (Tabel 21) als JSON; leeg = geen' })
  establishmentCapRule(@Root() partnership: PartnershipRow) {
    return json(partnership.establishmentCapRule);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Maximum leerlingen voor een vestiging met zoveel werknemers (Tabel 21)' })
  establishmentCap(
    @Root() partnership: PartnershipRow,
    @Arg('headcount', () => Int) headcount: number,
    @Ctx() ctx: DualLearningContext,
  ) {
    return partnershipServiceOf(ctx).establishmentCapOf(partnership, headcount);
  }

  @FieldResolver(() => [PartnershipTrainingCap], { description: 'Leerlingen per mentor per opleiding (Transport)' })
  trainingCaps(@Root() partnership: PartnershipRow, @Ctx() ctx: DualLearningContext) {
    return partnershipServiceOf(ctx).trainingCapsOf.load(partnership.id);
  }
}

@Resolver(() => PartnershipTrainingCap)
export class PartnershipTrainingCapResolver {
  @FieldResolver(() => TrainingProgramme)
  training(@Root() cap: CapRow, @Ctx() ctx: DualLearningContext) {
    return trainingServiceOf(ctx).get(cap.trainingId);
  }
}
