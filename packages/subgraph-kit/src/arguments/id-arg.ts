import { Arg, ID } from 'type-graphql';
import { badUserInput } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An `ID` argument, refused with BAD_USER_INPUT unless it is a UUID (every key of every domain is one). Without it a
 * made-up id reaches a `@db.Uuid` column and PostgreSQL's cast error would be an internal error (found by the training
 * service's mutation fuzzer); with it the caller learns which argument is wrong. Replaces the kit's argument
 * validator for this argument, which only inspects objects and unstorable text: a UUID is neither.
 */
export function IdArg(name: string, options: { nullable?: boolean; description?: string } = {}) {
  return Arg(name, () => ID, {
    ...options,
    validateFn: (value: unknown) => {
      if (value === null || value === undefined) return;
      if (typeof value !== 'string' || !UUID.test(value)) {
        throw badUserInput(`${name}: geen geldige id`, `${name}: not a valid id`, { field: name });
      }
    },
  });
}
