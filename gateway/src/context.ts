import type { User } from '@werkplek/auth';

/** What every GraphQL operation at the gateway knows: the caller (security/caller.ts decides who that is). */
export interface GatewayContext {
  user: User | null;
}
