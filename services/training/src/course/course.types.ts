import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { CourseStatus } from '../generated/prisma/enums.js';
import { sortEnumOf } from '../shared/sort.js';

export const courseSortKeys = ['REQUESTED_ON', 'MODULE', 'CENTRE', 'COURSE_YEAR', 'STATUS', 'STARTED_ON'] as const;
export const CourseSort = sortEnumOf(courseSortKeys);
export type CourseSort = keyof typeof CourseSort;
registerEnumType(CourseSort, {
  name: 'CourseSort',
  description: 'Volgorde van de cursussen over de hele lijst: aanvraagdatum, module, centrum, cursusjaar, status of startdatum',
});

// The offer module owns CourseStatus (registered once, here).
registerEnumType(CourseStatus, {
  name: 'CourseStatus',
  description: 'Stand van een cursus / status of a course',
  valuesConfig: {
    REQUESTED: { description: 'Aangevraagd' },
    STARTED: { description: 'Effectief gestart' },
    CANCELLED: { description: 'Geannuleerd' },
  },
});
export { CourseStatus };

/** A course: a module run at a centre and teaching location in a course year (the unit of the realisation rate). */
@ObjectType('Course', { description: 'Cursus: een module ingericht door een centrum in een cursusjaar' })
@Directive('@key(fields: "id")')
export class Course {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  moduleId!: string;

  @Field(() => ID)
  centreId!: string;

  @Field(() => ID, { nullable: true })
  teachingLocationId!: string | null;

  @Field(() => Int, { description: 'Cursusjaar, op het eerste kalenderjaar (2018 = 2018-2019)' })
  courseYear!: number;

  @Field(() => LocalDateScalar, { description: 'Aangevraagd op' })
  requestedOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Effectief gestart op' })
  startedOn!: Date | null;

  @Field(() => CourseStatus)
  status!: CourseStatus;

  @Field(() => Int, { description: 'Capaciteit (plaatsen)' })
  capacity!: number;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const CourseConnection = connectionOf(Course, 'Course');

@InputType('RequestCourseInput', { description: 'Een cursus aanvragen' })
export class RequestCourseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'moduleId: geen geldige id / not a valid id' })
  moduleId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'centreId: geen geldige id / not a valid id' })
  centreId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teachingLocationId: geen geldige id / not a valid id' })
  teachingLocationId?: string | null;

  @Field(() => Int, { description: 'Cursusjaar (2018 = 2018-2019)' })
  @IsInt({ message: 'courseYear: een jaartal / a year' })
  @Min(2000, { message: 'courseYear: vanaf 2000 / from 2000' })
  @Max(2100, { message: 'courseYear: tot 2100 / up to 2100' })
  courseYear!: number;

  @Field(() => Int)
  @IsInt({ message: 'capacity: een geheel getal / a whole number' })
  @Min(1, { message: 'capacity: minstens 1 / at least 1' })
  @Max(500, { message: 'capacity: hoogstens 500 / at most 500' })
  capacity!: number;
}

@InputType('CourseFilter', { description: 'Filter op de cursussen' })
export class CourseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'centreId: geen geldige id / not a valid id' })
  centreId?: string | null;

  @Field(() => Int, { nullable: true })
  courseYear?: number | null;

  @Field(() => CourseStatus, { nullable: true })
  status?: CourseStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Gerealiseerd: gestart op of voor 15 november van het cursusjaar (§2.7)' })
  realised?: boolean | null;
}
