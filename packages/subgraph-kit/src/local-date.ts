import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from './errors.js';

/** "2026-11-23" → midnight UTC that day, or null when it is not a real calendar date. */
export function parseLocalDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

function invalid(): GraphQLError {
  return new GraphQLError('Ongeldige datum, verwacht JJJJ-MM-DD / Invalid date, expected YYYY-MM-DD', {
    extensions: { code: ErrorCode.BadUserInput },
  });
}

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? parseLocalDate(value) : null;
  if (!date) throw invalid();
  return date;
}

/**
 * A calendar date without time or zone (deadlines, planned days, reference dates), as "YYYY-MM-DD" on the wire and
 * as a Date at midnight UTC in code, matching PostgreSQL's DATE through Prisma.
 */
export const LocalDateScalar = new GraphQLScalarType<Date, string>({
  name: 'LocalDate',
  description: 'Kalenderdatum JJJJ-MM-DD / Calendar date YYYY-MM-DD',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && parseLocalDate(value)) return value;
    throw new GraphQLError(`LocalDate cannot represent ${String(value)}`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid();
    return parse(ast.value);
  },
});
