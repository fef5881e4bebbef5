import { Prisma } from '../generated/prisma/client.js';

/**
 * §2.4 and §5.5: learners are counted at three reference dates of a course year — 1 October, 1 February and 1 June —
 * and the 1 June count is the certificate ratios' denominator. One rule for every count (the enrolment query and the
 * indicators): a learner (counted once, whatever the number of enrolments) is enrolled on a date when an enrolment
 * of theirs started on or before it and had not ended by it (left on 1 June: no longer counted on 1 June).
 */
export type ReferenceDate = 'OCTOBER_1' | 'FEBRUARY_1' | 'JUNE_1';

/** The counting date of a course year named by its first calendar year (2017 = 2017-2018). */
export function referenceDateOf(courseYear: number, reference: ReferenceDate): Date {
  if (reference === 'OCTOBER_1') return new Date(Date.UTC(courseYear, 9, 1));
  if (reference === 'FEBRUARY_1') return new Date(Date.UTC(courseYear + 1, 1, 1));
  return new Date(Date.UTC(courseYear + 1, 5, 1));
}

/** SQL condition on an enrolment row aliased `e`: it counts as enrolled on `date` ("YYYY-MM-DD"). */
export function enrolledOnSql(date: string): Prisma.Sql {
  return Prisma.sql`e."enrolledOn" <= ${date}::date AND (e."leftOn" IS NULL OR e."leftOn" > ${date}::date)`;
}

/** SQL: the number of distinct learners enrolled on `date`, over the enrolment rows `e` of the query. */
export function learnersEnrolledOnSql(date: string): Prisma.Sql {
  return Prisma.sql`COUNT(DISTINCT e."learnerId") FILTER (WHERE ${enrolledOnSql(date)})::int`;
}
