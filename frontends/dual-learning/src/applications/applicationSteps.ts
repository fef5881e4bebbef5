/** The step names of RecognitionApplication.allowedSteps this screen knows (services/dual-learning/docs/recognition.md). */
export const applicationSteps = [
  'declareIncomplete',
  'complete',
  'takeUp',
  'putOnHold',
  'resume',
  'recordHandlingAction',
  'recordCompanyConditions',
  'proposeDecision',
  'castVote',
  'approve',
  'reject',
] as const;

export type ApplicationStep = (typeof applicationSteps)[number];

/**
 * The server's `allowedSteps` (workflow, role, partnership and decision mechanism, for the signed-in user) as the
 * steps this screen offers: exactly those, in the server's order. A name this screen does not know yet (a newer API)
 * is left out rather than shown as a button that does nothing.
 */
export function offeredSteps(allowed: readonly string[]): ApplicationStep[] {
  return allowed.filter((step): step is ApplicationStep => (applicationSteps as readonly string[]).includes(step));
}
