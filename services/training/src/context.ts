import type { User } from '@werkplek/auth';
import type { SubgraphContext } from '@werkplek/subgraph-kit';
import type { PrismaClient } from './generated/prisma/client.js';
import { TrainingCentreService } from './training-centre/training-centre.service.js';

export interface TrainingContext extends SubgraphContext {
  trainingCentres: TrainingCentreService;
}

/** Per request: services hold request-scoped DataLoaders, so nothing cached leaks between callers. */
export function createTrainingContext(prisma: PrismaClient, user: User | null): TrainingContext {
  return { user, trainingCentres: new TrainingCentreService(prisma) };
}
