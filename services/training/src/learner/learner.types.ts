import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { EnrolmentResult, EnrolmentStatus } from '../generated/prisma/enums.js';
import { TrackComponent } from '../track/track.types.js';

registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'Stand van een inschrijving / enrolment status',
  valuesConfig: {
    ENROLLED: { description: 'Ingeschreven' },
    WITHDRAWN: { description: 'Uitgeschreven' },
    COMPLETED: { description: 'Afgerond (met resultaat)' },
  },
});
registerEnumType(EnrolmentResult, {
  name: 'EnrolmentResult',
  description: 'Resultaat / result',
  valuesConfig: { PASSED: { description: 'Geslaagd' }, FAILED: { description: 'Niet geslaagd' } },
});

/** The three counting dates of a course year (§2.4): 1 October of the first calendar year, 1 February and 1 June of the second. */
export enum EnrolmentReferenceDate {
  OCTOBER_1 = 'OCTOBER_1',
  FEBRUARY_1 = 'FEBRUARY_1',
  JUNE_1 = 'JUNE_1',
}
registerEnumType(EnrolmentReferenceDate, {
  name: 'EnrolmentReferenceDate',
  description: 'Telmoment van de inschrijvingen (§2.4): 1 oktober, 1 februari, 1 juni',
});

export enum EnrolmentSort {
  ENROLLED_ON_ASC = 'ENROLLED_ON_ASC',
  ENROLLED_ON_DESC = 'ENROLLED_ON_DESC',
}
registerEnumType(EnrolmentSort, { name: 'EnrolmentSort', description: 'Volgorde van de inschrijvingen' });

@ObjectType('TrainingLearner', { description: 'Cursist in de ondernemersvorming (dual-learning heeft Learner)' })
export class TrainingLearner {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate!: Date | null;
}

@ObjectType('Enrolment', { description: 'Inschrijving van een cursist in een trajectonderdeel (§2.4)' })
@Directive('@key(fields: "id")')
export class Enrolment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  learnerId!: string;

  @Field(() => ID)
  trackId!: string;

  @Field(() => ID, { nullable: true })
  courseId!: string | null;

  @Field(() => ID, { description: 'Het centrum van het traject' })
  centreId!: string;

  @Field(() => TrackComponent, { description: 'Beroepskennis of bedrijfsbeheer' })
  component!: TrackComponent;

  @Field(() => Int, { description: 'Cursusjaar, bij zijn eerste kalenderjaar (2017 = 2017-2018)' })
  courseYear!: number;

  @Field(() => LocalDateScalar)
  enrolledOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Uitgeschreven op' })
  leftOn!: Date | null;

  @Field(() => EnrolmentStatus)
  status!: EnrolmentStatus;

  @Field(() => EnrolmentResult, { nullable: true })
  result!: EnrolmentResult | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const EnrolmentConnection = connectionOf(Enrolment, 'Enrolment');
export const TrainingLearnerConnection = connectionOf(TrainingLearner, 'TrainingLearner');

@ObjectType('FinalExam', { description: 'Geslaagde eindproef: begin van het uitstroomcohort (§2.8)' })
export class FinalExam {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  learnerId!: string;

  @Field(() => ID)
  trackId!: string;

  @Field(() => Int)
  courseYear!: number;

  @Field(() => LocalDateScalar)
  passedOn!: Date;
}

@ObjectType('SelfEmploymentPeriod', { description: 'Periode in het zelfstandig statuut (in plaats van de KSZ-koppeling, §2.8)' })
export class SelfEmploymentPeriod {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  learnerId!: string;

  @Field(() => LocalDateScalar)
  startsOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn!: Date | null;
}

const courseYear = () => [
  IsInt({ message: 'cursusjaar: geheel getal / course year: integer' }),
  Min(2000, { message: 'cursusjaar: vanaf 2000 / course year: from 2000' }),
  Max(2100, { message: 'cursusjaar: tot 2100 / course year: up to 2100' }),
];
function CourseYear(): PropertyDecorator {
  return (target, key) => courseYear().forEach((decorate) => decorate(target, key));
}

@InputType('RegisterTrainingLearnerInput', { description: 'Een cursist registreren' })
export class RegisterTrainingLearnerInput {
  @Field(() => String)
  @Length(2, 120, { message: 'naam: 2 tot 120 tekens / name: 2 to 120 characters' })
  name!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: Date | null;
}

@InputType('EnrolInput', { description: 'Een cursist inschrijven in een trajectonderdeel' })
export class EnrolInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'learnerId: geen geldige id / not a valid id' })
  learnerId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'trackId: geen geldige id / not a valid id' })
  trackId!: string;

  @Field(() => TrackComponent, { description: 'Beroepskennis of bedrijfsbeheer' })
  component!: TrackComponent;

  @Field(() => Int)
  @CourseYear()
  courseYear!: number;

  @Field(() => LocalDateScalar)
  enrolledOn!: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'courseId: geen geldige id / not a valid id' })
  courseId?: string | null;
}

@InputType('EnrolmentFilter', { description: 'Filters op de inschrijvingen' })
export class EnrolmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'centreId: geen geldige id / not a valid id' })
  centreId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'learnerId: geen geldige id / not a valid id' })
  learnerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'trackId: geen geldige id / not a valid id' })
  trackId?: string | null;

  @Field(() => Int, { nullable: true })
  courseYear?: number | null;

  @Field(() => EnrolmentStatus, { nullable: true })
  status?: EnrolmentStatus | null;

  @Field(() => TrackComponent, { nullable: true })
  component?: TrackComponent | null;
}

@InputType('RecordFinalExamInput', { description: 'Een geslaagde eindproef registreren' })
export class RecordFinalExamInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'learnerId: geen geldige id / not a valid id' })
  learnerId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'trackId: geen geldige id / not a valid id' })
  trackId!: string;

  @Field(() => Int)
  @CourseYear()
  courseYear!: number;

  @Field(() => LocalDateScalar)
  passedOn!: Date;
}

@InputType('RecordSelfEmploymentInput', { description: 'Een periode als zelfstandige registreren' })
export class RecordSelfEmploymentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'learnerId: geen geldige id / not a valid id' })
  learnerId!: string;

  @Field(() => LocalDateScalar)
  startsOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: Date | null;
}
