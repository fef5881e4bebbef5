import type { AuthChecker } from 'type-graphql';
import type { Role, User } from '@werkplek/auth';
import { domainError, ErrorCode } from './errors.js';

/** What every resolver receives: who is calling (null when anonymous), plus what the subgraph adds per request. */
export interface SubgraphContext {
  user: User | null;
}

export function requireUser(context: SubgraphContext): User {
  if (!context.user) {
    throw domainError(ErrorCode.Unauthenticated, 'Meld je aan', 'Sign in first');
  }
  return context.user;
}

/**
 * type-graphql's `@Authorized(...roles)`: no roles means any signed-in user. It throws its own errors so that the
 * anonymous caller hears "sign in" and the signed-in one "not allowed", each with a code and a Dutch/English message.
 */
export const authChecker: AuthChecker<SubgraphContext, Role> = ({ context }, roles) => {
  const user = requireUser(context);
  if (roles.length > 0 && !roles.includes(user.role)) {
    throw domainError(ErrorCode.Forbidden, 'Je hebt geen toegang tot deze gegevens', 'You may not access this');
  }
  return true;
};
