import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  /** A workflow step that the record's current state does not allow. */
  InvalidStateTransition: 'INVALID_STATE_TRANSITION',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Every error a user can meet carries a code and a message in Dutch, then English. */
export function domainError(code: ErrorCode, dutch: string, english: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(`${dutch} / ${english}`, { extensions: { code, ...extensions } });
}

export function notFound(what: { nl: string; en: string }, id: string) {
  return domainError(ErrorCode.NotFound, `${what.nl} ${id} bestaat niet`, `${what.en} ${id} does not exist`, { id });
}

export function forbidden(dutch: string, english: string) {
  return domainError(ErrorCode.Forbidden, dutch, english);
}

export function badUserInput(dutch: string, english: string, extensions: Record<string, unknown> = {}) {
  return domainError(ErrorCode.BadUserInput, dutch, english, extensions);
}

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

function flatten(failures: ValidationFailure[], prefix = ''): { field: string; problems: string[] }[] {
  return failures.flatMap((failure) => {
    const field = prefix ? `${prefix}.${failure.property}` : failure.property;
    const own = failure.constraints ? [{ field, problems: Object.values(failure.constraints) }] : [];
    return [...own, ...flatten(failure.children ?? [], field)];
  });
}

export function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^P\d{4}$/.test(code) ? code : undefined;
}

/**
 * Apollo Server's formatError: known errors keep their code; class-validator failures become BAD_USER_INPUT with the
 * fields at fault; Prisma's unique and missing-row errors become CONFLICT and NOT_FOUND; anything else is logged and
 * masked, so no stack trace or SQL reaches a caller.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const name = (original as Error | undefined)?.constructor?.name;
  if (name === 'ArgumentValidationError') {
    const failures = (original as { extensions?: { validationErrors?: ValidationFailure[] } }).extensions?.validationErrors ?? [];
    const fields = flatten(failures);
    return {
      ...formatted,
      message: `Ongeldige invoer / Invalid input: ${fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ')}`,
      extensions: { code: ErrorCode.BadUserInput, fields },
    };
  }
  const prisma = prismaCode(original);
  if (prisma === 'P2002') {
    return { ...formatted, message: 'Bestaat al / Already exists', extensions: { code: ErrorCode.Conflict } };
  }
  if (prisma === 'P2023' || /invalid input syntax for type uuid/i.test((original as Error | undefined)?.message ?? '')) {
    // A malformed id that got past the argument checks (IdArg) still is the caller's mistake, not ours.
    return { ...formatted, message: 'Ongeldige id / Invalid id', extensions: { code: ErrorCode.BadUserInput } };
  }
  if (prisma === 'P2025') {
    return { ...formatted, message: 'Niet gevonden / Not found', extensions: { code: ErrorCode.NotFound } };
  }
  const code = formatted.extensions?.code;
  const known = typeof code === 'string' && code !== ErrorCode.Internal;
  if (known) {
    // The details a client can act on (the field at fault, the current state, the rule) stay; stack traces do not.
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
  }
  console.error('[subgraph] unexpected error', original);
  return {
    message: 'Er ging iets mis aan onze kant / Something went wrong on our side',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.Internal },
  };
}
