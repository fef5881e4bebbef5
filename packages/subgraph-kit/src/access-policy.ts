import { Role } from '@werkplek/auth';

/**
 * Who may call which operation, declared once per subgraph (issue #7): for every root field (`Query.x`,
 * `Mutation.y`) and every federated entity (`Entity.Workplace`), per role:
 * - `all`: any record (agency staff on everything, inspectors reading),
 * - `own`: only records of the caller's own organisation (a centre user's centre, partnership staff's partnership,
 *   a company user's company) or, for inspectors, the audits they are assigned to; other records are refused or
 *   hidden (NOT_FOUND / null, so existence does not leak),
 * - absent: refused.
 * `public: true` opens the operation to anonymous callers too (certificate verification, the centre directory).
 *
 * The resolvers enforce it (type-graphql's `@Authorized` for the role, the services' scope checks for `own`); the
 * generated authorization matrix (`@werkplek/test-kit`, `authorizationMatrix`) calls every operation of the schema
 * as every role on owned and foreign records and fails where behaviour and this declaration differ, or where an
 * operation is not declared at all.
 */
export type Access = 'all' | 'own';

export type PolicyRole = Role;

export interface OperationPolicy {
  /** Anonymous callers may call it. */
  public?: boolean;
  roles: Partial<Record<PolicyRole, Access>>;
  /** Why, where the rule comes from the domain (e.g. "BR-07: a mandated school submits for a company"). */
  note?: string;
}

export type AccessPolicy = Record<string, OperationPolicy>;

/** Identity helper so a service's policy is type-checked (keys stay literal in the service's code). */
export function defineAccessPolicy<Policy extends AccessPolicy>(policy: Policy): Policy {
  return policy;
}

/** The roles a policy entry lets through at all, for `@Authorized(...)` (no roles declared: nobody but public). */
export function rolesAllowed(entry: OperationPolicy): Role[] {
  return Object.keys(entry.roles) as Role[];
}
