import { loaderById, notFound } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';

const TRAINING = { nl: 'Opleiding', en: 'Training programme' };

export class TrainingService {
  readonly byId;

  constructor(private readonly ctx: DualLearningContext) {
    this.byId = loaderById((ids) => ctx.prisma.training.findMany({ where: { id: { in: [...ids] } } }));
  }

  list(partnershipId?: string | null) {
    return this.ctx.prisma.training.findMany({
      where: partnershipId ? { partnershipId } : {},
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  async get(id: string) {
    const training = await this.byId.load(id);
    if (!training) throw notFound(TRAINING, id);
    return training;
  }
}

export function trainingServiceOf(ctx: DualLearningContext): TrainingService {
  return ctx.scoped(TrainingService, () => new TrainingService(ctx));
}
