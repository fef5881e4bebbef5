import type { GraphQLResponse } from './graphql-request.js';

export interface Race<Data> {
  answers: GraphQLResponse<Data>[];
  /** The writers whose change went in. */
  succeeded: GraphQLResponse<Data>[];
  /** The writers refused because another got there first (CONFLICT). */
  conflicts: GraphQLResponse<Data>[];
  /** Anything else: a test of optimistic concurrency expects this to be empty. */
  others: GraphQLResponse<Data>[];
}

/**
 * Sends every writer at the same moment (issue #7: "tested with two racing writers") and sorts the answers. On
 * PostgreSQL the requests really overlap, so the write's own version guard decides; on PGlite (one connection) they
 * queue and the second meets a version that moved on.
 */
export async function raceWriters<Data = Record<string, unknown>>(
  writers: (() => Promise<GraphQLResponse<Data>>)[],
): Promise<Race<Data>> {
  const answers = await Promise.all(writers.map((write) => write()));
  const succeeded = answers.filter((answer) => !answer.errors?.length);
  const conflicts = answers.filter((answer) => answer.errors?.length === 1 && answer.errors[0]?.extensions?.code === 'CONFLICT');
  const others = answers.filter((answer) => !succeeded.includes(answer) && !conflicts.includes(answer));
  return { answers, succeeded, conflicts, others };
}
