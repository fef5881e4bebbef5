import type { User } from '@werkplek/auth';
import type { SubgraphContext } from '@werkplek/subgraph-kit';
import type { PrismaClient } from './generated/prisma/client.js';
import { WorkplaceService } from './workplace/workplace.service.js';

export interface DualLearningContext extends SubgraphContext {
  workplaces: WorkplaceService;
}

/** Per request: services hold request-scoped DataLoaders, so nothing cached leaks between callers. */
export function createDualLearningContext(prisma: PrismaClient, user: User | null): DualLearningContext {
  return { user, workplaces: new WorkplaceService(prisma) };
}
