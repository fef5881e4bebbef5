import { createRequestContext, type RequestContext } from '@werkplek/subgraph-kit';
import type { PrismaClient } from './generated/prisma/client.js';

/** Per request: who calls, the database, the clock and the request's services (see the kit's RequestContext). */
export type TrainingContext = RequestContext<PrismaClient>;

export const createTrainingContext = createRequestContext<PrismaClient>;
