import { badUserInput } from '@werkplek/subgraph-kit';

/*
 * Input checks shared by every module. Ids are uuid columns: an id that is not a uuid would make PostgreSQL fail the
 * query, so it is refused (or treated as unknown) before it reaches the database. The pattern is looser than
 * class-validator's IsUUID, which wants a version nibble: seeded and imported ids need not carry one.
 */

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID = UUID_PATTERN;

export const uuidMessage = (field: string) => `${field}: geen geldige UUID / not a valid UUID`;

export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A client-chosen id (the record will carry it): a uuid, or BAD_USER_INPUT on `field`. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw badUserInput(`${field}: geen geldige uuid`, `${field}: not a valid uuid`, { field });
  return value.toLowerCase();
}

/** Trimmed text of `min`…`max` characters, or BAD_USER_INPUT on `field`. */
export function text(value: string | null | undefined, field: string, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badUserInput(`${field}: ${min} tot ${max} tekens`, `${field}: ${min} to ${max} characters`, { field });
  }
  return trimmed;
}

/** Optional trimmed text of at most `max` characters; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0) return null;
  if (trimmed.length > max) {
    throw badUserInput(`${field}: hoogstens ${max} tekens`, `${field}: at most ${max} characters`, { field });
  }
  return trimmed;
}
