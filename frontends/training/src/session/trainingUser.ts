/** The signed-in user as the training area needs it: the role decides the view, a centre user acts for one centre. */
export interface TrainingUser {
  name: string;
  role: string;
  centreId?: string;
}

export const isAgencyStaff = (user: TrainingUser | undefined) => user?.role === 'AGENCY_STAFF';
export const isCentreUser = (user: TrainingUser | undefined) => user?.role === 'CENTRE_USER';
export const isInspector = (user: TrainingUser | undefined) => user?.role === 'INSPECTOR';

function toTrainingUser(value: unknown): TrainingUser | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const user = value as Record<string, unknown>;
  if (typeof user['role'] !== 'string') return undefined;
  return {
    name: typeof user['name'] === 'string' ? user['name'] : '',
    role: user['role'],
    ...(typeof user['centreId'] === 'string' ? { centreId: user['centreId'] } : {}),
  };
}

/**
 * Fallback while the shell renders `<App />` without a `user` prop: the shell keeps its session as JSON under
 * "werkplek.session" in sessionStorage ({ token, user }). Reading it is a stopgap (it couples us to the shell's
 * storage); the prop wins whenever the shell passes it.
 */
export function readShellUser(storage: Storage | undefined = globalThis.sessionStorage): TrainingUser | undefined {
  try {
    const raw = storage?.getItem('werkplek.session');
    if (!raw) return undefined;
    return toTrainingUser((JSON.parse(raw) as { user?: unknown }).user);
  } catch {
    return undefined;
  }
}

/** The claims of a JWT (standalone mode: the token in localStorage carries role, name and centreId). */
export function userFromToken(token: string): TrainingUser | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return toTrainingUser(JSON.parse(json));
  } catch {
    return undefined;
  }
}
