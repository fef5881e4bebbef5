import type { NextFunction, Request, Response } from 'express';
import { verifyCallerToken, type CallerTokenVerification, type User } from '@werkplek/auth';

/**
 * Who is calling, decided once per request before anything else (the rate limit counts per caller, the GraphQL
 * context reads the same answer). No Authorization header: anonymous (public queries only; the subgraphs decide). A
 * header that is there but not a valid, unexpired token of ours: refused outright with 401, never downgraded to
 * anonymous.
 */
export type Caller = { user: User | null };

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

export const UNAUTHENTICATED = {
  message: 'Ongeldige of verlopen aanmelding / Invalid or expired sign-in',
  extensions: { code: 'UNAUTHENTICATED' },
} as const;

export function identifyCaller(verification: CallerTokenVerification) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.header('authorization');
    if (header === undefined || header === '') {
      res.locals['caller'] = { user: null } satisfies Caller;
      next();
      return;
    }
    const match = BEARER.exec(header);
    try {
      if (!match?.[1]) throw new Error('not a bearer token');
      res.locals['caller'] = { user: await verifyCallerToken(match[1], verification) } satisfies Caller;
    } catch {
      res.status(401).json({ errors: [UNAUTHENTICATED] });
      return;
    }
    next();
  };
}

/** The caller identifyCaller found (it runs before every GraphQL request). */
export function callerOf(res: Response): Caller {
  const caller = res.locals['caller'] as Caller | undefined;
  if (!caller) throw new Error('identifyCaller did not run before this handler');
  return caller;
}
