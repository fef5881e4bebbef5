import type { User } from '@werkplek/auth';
import type { SubgraphContext } from './auth.js';
import type { SubgraphEnvironment } from './define-subgraph.js';

/**
 * What a domain subgraph's resolvers receive per request: who calls, the database, the clock, and `scoped`, which
 * creates each service once per request (e.g. `trackServiceOf(ctx)`) so its DataLoaders cache for that request only.
 */
export interface RequestContext<Client> extends SubgraphContext {
  prisma: Client;
  now(): Date;
  scoped<T>(key: object, create: () => T): T;
}

export function createRequestContext<Client>(prisma: Client, user: User | null, environment: SubgraphEnvironment): RequestContext<Client> {
  const instances = new Map<object, unknown>();
  return {
    user,
    prisma,
    now: environment.now,
    scoped<T>(key: object, create: () => T): T {
      if (!instances.has(key)) instances.set(key, create());
      return instances.get(key) as T;
    },
  };
}
