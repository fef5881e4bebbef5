import { apiErrorMessage } from '@werkplek/ui';

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

/** Codes whose server message explains the refusal to the user (e.g. the passed deadline, the current state). */
const explainedCodes = new Set(['BAD_USER_INPUT', 'INVALID_STATE_TRANSITION', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND']);

/**
 * The message of a refused mutation. The subgraphs write "Nederlands / English"; the Dutch half names the reason
 * (a submission after the deadline names the deadline), which the UI kit's generic apiErrorMessage would hide.
 */
export function serverErrorMessage(error: unknown): string {
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(errors)) {
    for (const graphQLError of errors as GraphQLErrorLike[]) {
      const code = graphQLError.extensions?.['code'];
      if (typeof code === 'string' && explainedCodes.has(code) && typeof graphQLError.message === 'string') {
        return graphQLError.message.split(' / ')[0]!.trim();
      }
    }
  }
  return apiErrorMessage(error);
}
