import { addYears, startOfDay } from '../shared/calendar.js';

/**
 * BR-04: a mentor is at least 25 years old, or at least 23 with 5 years of professional experience (§3.1.5), on the
 * given day. Returns the problems (Dutch / English); none means the conditions are met. Good conduct and "the
 * necessary knowledge" are checked by the case handler, not computed.
 */
export function mentorConditionProblems(mentor: { birthDate: Date; yearsOfExperience: number }, today: Date): string[] {
  const day = startOfDay(today);
  if (addYears(mentor.birthDate, 25) <= day) return [];
  if (addYears(mentor.birthDate, 23) > day) {
    return ['Mentor is jonger dan 23 jaar / Mentor is younger than 23'];
  }
  if (mentor.yearsOfExperience < 5) {
    return ['Mentor is jonger dan 25 jaar en heeft minder dan 5 jaar ervaring / Mentor is under 25 with less than 5 years of experience'];
  }
  return [];
}
