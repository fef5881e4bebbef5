import type { AuthCheckerFn } from 'type-graphql';
import { Role, type User } from '@werkplek/auth';
import { domainError, ErrorCode } from './errors.js';
import type { ExpectingContext } from './concurrency.js';

/** What every resolver receives: who is calling (null when anonymous), plus what the subgraph adds per request. */
export interface SubgraphContext extends ExpectingContext {
  user: User | null;
}

export function requireUser(context: SubgraphContext): User {
  if (!context.user) {
    throw domainError(ErrorCode.Unauthenticated, 'Meld je aan', 'Sign in first');
  }
  return context.user;
}

/**
 * type-graphql's `@Authorized(...roles)`: no roles means any signed-in person. Another domain's service (role SERVICE)
 * is not a person: it reaches only what names it explicitly, so a field opened to "everybody signed in" never leaks
 * to a service token. Throws its own errors so that the anonymous caller hears "sign in" and the signed-in one "not
 * allowed", each with a code and a Dutch/English message.
 */
export const authChecker: AuthCheckerFn<SubgraphContext, Role> = ({ context }, roles) => {
  const user = requireUser(context);
  const allowed = roles.length > 0 ? roles.includes(user.role) : user.role !== Role.Service;
  if (!allowed) {
    throw domainError(ErrorCode.Forbidden, 'Je hebt geen toegang tot deze gegevens', 'You may not access this');
  }
  return true;
};
