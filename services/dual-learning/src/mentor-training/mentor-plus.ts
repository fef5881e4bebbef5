/**
 * BR-25 (Social Profit, Mentor+): at most 16 participants per session; a province's sessions are cancelled when
 * fewer than 6 registered there.
 */
export const MENTOR_PLUS_MAX_PARTICIPANTS = 16;
export const MENTOR_PLUS_MIN_PER_PROVINCE = 6;

export interface MentorPlusProvincePlan {
  province: string;
  registered: number;
  cancelled: boolean;
  /** Participants per session, each at most 16, spread evenly. */
  sessions: number[];
}

export function planMentorPlusSessions(registrations: Record<string, number>): MentorPlusProvincePlan[] {
  return Object.entries(registrations).map(([province, registered]) => {
    if (!Number.isInteger(registered) || registered < 0) throw new RangeError(`invalid count for ${province}`);
    if (registered < MENTOR_PLUS_MIN_PER_PROVINCE) return { province, registered, cancelled: true, sessions: [] };
    const count = Math.ceil(registered / MENTOR_PLUS_MAX_PARTICIPANTS);
    const base = Math.floor(registered / count);
    const sessions = Array.from({ length: count }, (_, i) => base + (i < registered % count ? 1 : 0));
    return { province, registered, cancelled: false, sessions };
  });
}

/**
 * BR-23 (Houtsectoren): another mentor training is equivalent when it lasts at least 12 hours and covers drawing up a
 * training plan, giving instructions, communicating, following up progress, feedback, adjusting and evaluating.
 */
export const HOUT_REQUIRED_THEMES = ['TRAINING_PLAN', 'INSTRUCTING', 'COMMUNICATING', 'PROGRESS_FOLLOW_UP', 'FEEDBACK', 'ADJUSTING_AND_EVALUATING'] as const;
export function isEquivalentMentorTraining(training: { hours: number; themes: readonly string[] }): boolean {
  return training.hours >= 12 && HOUT_REQUIRED_THEMES.every((theme) => training.themes.includes(theme));
}
