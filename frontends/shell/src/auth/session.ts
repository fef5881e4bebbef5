import { isRole, type Role } from './roles.js';

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  centreId?: string;
  partnershipId?: string;
  companyId?: string;
  /** The name of the organisation the user acts for, for the header (display only; the token carries the id). */
  organisationName?: string;
}

export interface Session {
  token: string;
  user: SessionUser;
}

const STORAGE_KEY = 'werkplek.session';
const optionalKeys = ['centreId', 'partnershipId', 'companyId', 'organisationName'] as const;

/** Reads a user from untrusted JSON (storage or the sign-in response); undefined when the shape is wrong. */
export function toSessionUser(value: unknown): SessionUser | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const user = value as Record<string, unknown>;
  if (typeof user['id'] !== 'string' || typeof user['name'] !== 'string' || !isRole(user['role'])) return undefined;
  const result: SessionUser = { id: user['id'], name: user['name'], role: user['role'] };
  for (const key of optionalKeys) {
    const optional = user[key];
    if (typeof optional === 'string') result[key] = optional;
  }
  return result;
}

/**
 * The session lives in sessionStorage: it survives a reload but ends with the tab, which suits a development sign-in
 * and keeps the token out of other tabs.
 */
export function readSession(storage: Storage = sessionStorage): Session | undefined {
  const raw = storage.getItem(STORAGE_KEY);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as { token?: unknown; user?: unknown };
    const user = toSessionUser(parsed.user);
    if (typeof parsed.token !== 'string' || !user) return undefined;
    return { token: parsed.token, user };
  } catch {
    return undefined;
  }
}

export function writeSession(session: Session, storage: Storage = sessionStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(STORAGE_KEY);
}

export function readToken(storage: Storage = sessionStorage): string | undefined {
  return readSession(storage)?.token;
}
