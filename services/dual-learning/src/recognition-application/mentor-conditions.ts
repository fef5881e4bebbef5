/** Whole years of age on `on` (birthday counted on the day itself). */
export function ageOn(birthDate: Date, on: Date): number {
  let age = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** BR-04: a mentor is at least 25, or at least 23 with 5 years of professional experience. */
export function meetsMentorConditions(mentor: { birthDate: Date; yearsOfExperience: number }, on: Date): boolean {
  const age = ageOn(mentor.birthDate, on);
  return age >= 25 || (age >= 23 && mentor.yearsOfExperience >= 5);
}
