import { isRole, type Role } from './roles.js';

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  centreId?: string;
}

export interface Session {
  token: string;
  user: SessionUser;
}

const STORAGE_KEY = 'werkplek.session';

/**
 * The session lives in sessionStorage: it survives a reload but ends with the tab, which suits a development sign-in
 * and keeps the token out of other tabs.
 */
export function readSession(storage: Storage = sessionStorage): Session | undefined {
  const raw = storage.getItem(STORAGE_KEY);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<Session> & { user?: Partial<SessionUser> };
    if (typeof parsed.token !== 'string' || !parsed.user || typeof parsed.user.id !== 'string') return undefined;
    if (typeof parsed.user.name !== 'string' || !isRole(parsed.user.role)) return undefined;
    return {
      token: parsed.token,
      user: {
        id: parsed.user.id,
        name: parsed.user.name,
        role: parsed.user.role,
        ...(typeof parsed.user.centreId === 'string' ? { centreId: parsed.user.centreId } : {}),
      },
    };
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
