import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { ArgumentValidationError } from 'type-graphql';
import { ValidationError } from 'class-validator';
import { domainError, ErrorCode, formatError } from '../src/errors.js';
import { LocalDateScalar } from '../src/local-date.js';

const formatted = (error: GraphQLError) => formatError({ message: error.message, extensions: error.extensions }, error);

describe('formatError', () => {
  it('keeps a domain error with its code and bilingual message', () => {
    const error = domainError(ErrorCode.Conflict, 'Bestaat al', 'Already exists');
    expect(formatted(error)).toEqual({ message: 'Bestaat al / Already exists', extensions: { code: 'CONFLICT' } });
  });

  it('keeps the details a client can act on, but no stack trace', () => {
    const error = domainError(ErrorCode.InvalidStateTransition, 'Kan niet', 'Cannot', { currentState: 'SUBMITTED', step: 'decide' });
    const result = formatError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } }, error);
    expect(result.extensions).toEqual({ code: 'INVALID_STATE_TRANSITION', currentState: 'SUBMITTED', step: 'decide' });
  });

  it('turns class-validator failures into BAD_USER_INPUT naming the fields', () => {
    const failure = Object.assign(new ValidationError(), {
      property: 'email',
      constraints: { isEmail: 'geen geldig e-mailadres / not a valid e-mail address' },
    });
    const original = new ArgumentValidationError([failure]);
    const result = formatError({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, original);
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', problems: ['geen geldig e-mailadres / not a valid e-mail address'] }],
    });
    expect(result.message).toMatch(/^Ongeldige invoer \/ Invalid input: email/);
  });

  it('maps a unique-constraint violation from Prisma to CONFLICT', () => {
    const prismaError = Object.assign(new Error('Unique constraint failed on the fields: (`code`)'), { code: 'P2002' });
    expect(formatError({ message: prismaError.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, prismaError).extensions).toEqual({
      code: 'CONFLICT',
    });
  });

  it('masks unexpected errors so no internals reach the caller', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = formatError(
      { message: 'relation "workplace" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new Error('relation "workplace" does not exist'),
    );
    expect(result).toEqual({
      message: 'Er ging iets mis aan onze kant / Something went wrong on our side',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      locations: undefined,
      path: undefined,
    });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('LocalDate', () => {
  it('serialises a date as YYYY-MM-DD and parses only real dates', () => {
    expect(LocalDateScalar.serialize(new Date('2027-03-16T00:00:00Z'))).toBe('2027-03-16');
    expect(LocalDateScalar.parseValue('2028-02-29')).toEqual(new Date('2028-02-29T00:00:00Z'));
    expect(() => LocalDateScalar.parseValue('2027-02-29')).toThrow(/JJJJ-MM-DD/);
    expect(() => LocalDateScalar.parseValue(20270101)).toThrow(/Invalid date/);
  });
});
