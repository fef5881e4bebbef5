import { describe, expect, it } from 'vitest';
import type { ResolverData } from 'type-graphql';
import { Role, type User } from '@werkplek/auth';
import { authChecker as kitAuthChecker, type SubgraphContext } from '../src/auth.js';

// type-graphql's AuthChecker type also admits a class; the kit's is the function form.
const authChecker = kitAuthChecker as (data: ResolverData<SubgraphContext>, roles: Role[]) => boolean;

const as = (user: User | null) => ({ context: { user } }) as ResolverData<SubgraphContext>;
const staff: User = { id: 'u1', name: 'Sofie Claes', role: Role.AgencyStaff };
const service: User = { id: 'service:inspection', name: 'Inspectiedienst', role: Role.Service };

function codeOf(run: () => unknown): unknown {
  try {
    run();
    return 'allowed';
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
}

describe('authChecker', () => {
  it('lets any signed-in person through @Authorized() and asks the anonymous caller to sign in', () => {
    expect(codeOf(() => authChecker(as(staff), []))).toBe('allowed');
    expect(codeOf(() => authChecker(as(null), []))).toBe('UNAUTHENTICATED');
  });

  it('keeps a service out of fields open to every signed-in person, unless a field names it', () => {
    expect(codeOf(() => authChecker(as(service), []))).toBe('FORBIDDEN');
    expect(codeOf(() => authChecker(as(service), [Role.Service]))).toBe('allowed');
    expect(codeOf(() => authChecker(as(service), [Role.AgencyStaff]))).toBe('FORBIDDEN');
  });

  it('checks the listed roles', () => {
    expect(codeOf(() => authChecker(as(staff), [Role.AgencyStaff, Role.Inspector]))).toBe('allowed');
    expect(codeOf(() => authChecker(as(staff), [Role.Inspector]))).toBe('FORBIDDEN');
  });
});
