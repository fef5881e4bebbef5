import type { User } from '@werkplek/auth';
import type { SubgraphContext, SubgraphEnvironment } from '@werkplek/subgraph-kit';
import type { PrismaClient } from './generated/prisma/client.js';

/**
 * Per request: who calls, the database, the clock, and the request's services. Each module gets its service through
 * `scoped` (e.g. `trackServiceOf(ctx)`), created once per request so its DataLoaders cache for that request only.
 */
export interface TrainingContext extends SubgraphContext {
  prisma: PrismaClient;
  now(): Date;
  scoped<T>(key: object, create: () => T): T;
}

export function createTrainingContext(prisma: PrismaClient, user: User | null, environment: SubgraphEnvironment): TrainingContext {
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
