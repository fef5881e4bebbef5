import { IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType, Int } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { FollowUpMode, GuidanceActionType, SignalSource, SignalStatus, VisitPurpose } from '../generated/prisma/enums.js';

registerEnumType(GuidanceActionType, { name: 'GuidanceActionType', description: 'Soort begeleidingsactie (§2.10)' });
registerEnumType(VisitPurpose, { name: 'VisitPurpose', description: 'Doel van een bezoek: informerend, controlerend, inspirerend' });
registerEnumType(FollowUpMode, { name: 'FollowUpMode', description: 'Reactief of proactief' });
registerEnumType(SignalSource, { name: 'SignalSource', description: 'Bron van een signaal (§2.11)' });
registerEnumType(SignalStatus, { name: 'SignalStatus', description: 'Open, in opvolging, afgesloten' });

export enum SignalSort {
  RAISED_ON_DESC = 'RAISED_ON_DESC',
  FOLLOW_UP_DUE_ASC = 'FOLLOW_UP_DUE_ASC',
}
registerEnumType(SignalSort, { name: 'SignalSort', description: 'Sortering van signalen' });

@ObjectType('GuidanceAction', { description: 'Begeleidingsactie of plaatsbezoek bij een erkende werkplek' })
export class GuidanceAction {
  @Field(() => ID)
  id!: string;

  @Field(() => GuidanceActionType)
  type!: GuidanceActionType;

  @Field(() => VisitPurpose, { nullable: true })
  purpose!: VisitPurpose | null;

  @Field(() => FollowUpMode)
  mode!: FollowUpMode;

  @Field(() => LocalDateScalar)
  performedOn!: Date;

  @Field(() => String)
  performedByName!: string;

  @Field(() => String, { nullable: true, description: 'Vaststellingen' })
  findings!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Volgende actie op' })
  nextActionOn!: Date | null;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID, { nullable: true })
  recognitionId!: string | null;

  @Field(() => ID, { nullable: true })
  signalId!: string | null;

  workplaceId!: string;
}

@ObjectType('Signal', { description: 'Signaal (knipperlicht) over een werkplek' })
export class Signal {
  @Field(() => ID)
  id!: string;

  @Field(() => SignalSource)
  source!: SignalSource;

  @Field(() => String)
  description!: string;

  @Field(() => SignalStatus)
  status!: SignalStatus;

  @Field(() => LocalDateScalar)
  raisedOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Op te volgen (bezoek) tegen, volgens het partnerschap (§4.6)' })
  followUpDueOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true })
  closedOn!: Date | null;

  @Field(() => ID)
  partnershipId!: string;

  workplaceId!: string;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const SignalConnection = connectionOf(Signal, 'Signal');

@InputType('RecordGuidanceActionInput', { description: 'Een begeleidingsactie registreren' })
export class RecordGuidanceActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'workplaceId: geen geldige id / not a valid id' })
  workplaceId!: string;

  @Field(() => GuidanceActionType)
  type!: GuidanceActionType;

  @Field(() => VisitPurpose, { nullable: true, description: 'Enkel bij bezoeken' })
  purpose?: VisitPurpose | null;

  @Field(() => FollowUpMode)
  mode!: FollowUpMode;

  @Field(() => LocalDateScalar)
  performedOn!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, { message: 'vaststellingen: hoogstens 4000 tekens / findings: at most 4000 characters' })
  findings?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  nextActionOn?: Date | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recognitionId: geen geldige id / not a valid id' })
  recognitionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'signalId: geen geldige id / not a valid id' })
  signalId?: string | null;
}

const manualSources = Object.values(SignalSource).filter((source) => source !== 'AUTOMATIC_RULE');

@InputType('RaiseSignalInput', { description: 'Een signaal melden' })
export class RaiseSignalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'workplaceId: geen geldige id / not a valid id' })
  workplaceId!: string;

  @Field(() => SignalSource)
  @IsIn(manualSources, { message: 'bron: automatische regels melden zichzelf / source: automatic rules raise their own signals' })
  source!: SignalSource;

  @Field(() => String)
  @Length(5, 4000, { message: 'omschrijving: 5 tot 4000 tekens / description: 5 to 4000 characters' })
  description!: string;
}

@InputType('SignalFilter', { description: 'Filter op signalen' })
export class SignalFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'partnershipId: geen geldige id / not a valid id' })
  partnershipId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'workplaceId: geen geldige id / not a valid id' })
  workplaceId?: string | null;

  @Field(() => SignalStatus, { nullable: true })
  status?: SignalStatus | null;

  @Field(() => SignalSource, { nullable: true })
  source?: SignalSource | null;

  @Field(() => Boolean, { nullable: true, description: 'Niet afgesloten en opvolgtermijn verstreken' })
  overdue?: boolean | null;
}
