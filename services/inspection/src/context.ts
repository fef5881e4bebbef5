import type { User } from '@werkplek/auth';
import type { SubgraphContext } from '@werkplek/subgraph-kit';
import type { PrismaClient } from './generated/prisma/client.js';
import { InspectionService } from './inspection/inspection.service.js';

export interface InspectionContext extends SubgraphContext {
  inspections: InspectionService;
}

export function createInspectionContext(prisma: PrismaClient, user: User | null): InspectionContext {
  return { user, inspections: new InspectionService(prisma) };
}
