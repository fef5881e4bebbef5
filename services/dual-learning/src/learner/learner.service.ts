import { badUserInput, paginate, type PageInput } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { addYears } from '../shared/calendar.js';
import type { RegisterLearnerInput } from './learner.types.js';

export class LearnerService {
  constructor(private readonly ctx: DualLearningContext) {}

  list(page: PageInput | undefined) {
    const orderBy = [{ name: 'asc' as const }, { id: 'asc' as const }];
    return paginate(
      page,
      (args) => this.ctx.prisma.learner.findMany({ orderBy, ...args }),
      () => this.ctx.prisma.learner.count(),
    );
  }

  /** Dual learning starts in secondary education: a learner is at least 12 and born in the past. */
  register(input: RegisterLearnerInput) {
    if (input.birthDate && addYears(input.birthDate, 12) > this.ctx.now()) {
      throw badUserInput('Een leerling is minstens 12 jaar', 'A learner is at least 12 years old', { field: 'birthDate' });
    }
    return this.ctx.prisma.learner.create({
      data: {
        name: input.name.trim(),
        birthDate: input.birthDate ?? null,
        trainingProvider: input.trainingProvider.trim(),
        studyDirection: input.studyDirection?.trim() || null,
      },
    });
  }
}

export function learnerServiceOf(ctx: DualLearningContext): LearnerService {
  return ctx.scoped(LearnerService, () => new LearnerService(ctx));
}
