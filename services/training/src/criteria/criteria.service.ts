import { loaderByGroup, loaderById, notFound } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';

const VERSION = { nl: 'Criteriaversie', en: 'Criteria version' };

/** The versioned criteria of the steering policy (§2.3): read-only reference data. */
export class CriteriaService {
  readonly byId;
  readonly criteriaOf;
  readonly rulesOf;

  constructor(private readonly ctx: TrainingContext) {
    this.byId = loaderById((ids) => ctx.prisma.criteriaVersion.findMany({ where: { id: { in: [...ids] } } }));
    this.criteriaOf = loaderByGroup(
      (ids) => ctx.prisma.criterion.findMany({ where: { versionId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
      (row) => row.versionId,
    );
    this.rulesOf = loaderByGroup(
      (ids) => ctx.prisma.markRule.findMany({ where: { versionId: { in: [...ids] } }, orderBy: [{ mark: 'asc' }, { id: 'asc' }] }),
      (row) => row.versionId,
    );
  }

  list() {
    return this.ctx.prisma.criteriaVersion.findMany({ orderBy: [{ validFrom: 'asc' }, { id: 'asc' }] });
  }

  async byCode(code: string) {
    const version = await this.ctx.prisma.criteriaVersion.findUnique({ where: { code } });
    if (!version) throw notFound(VERSION, code);
    return version;
  }
}

export function criteriaServiceOf(ctx: TrainingContext): CriteriaService {
  return ctx.scoped(CriteriaService, () => new CriteriaService(ctx));
}
