import { badUserInput, domainError, ErrorCode, loaderById, requireUser, schoolYearLabel } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import type { SatisfactionSurvey as SurveyRow } from '../generated/prisma/client.js';
import type { RecordSatisfactionSurveyInput } from './satisfaction.types.js';

/** §2.6: every sector comes up once every three years. */
export const ROTATION_YEARS = 3;
/** §2.6, §5.7: 7.5 out of 10, across all sectors. */
export const TARGET_SCORE = 7.5;

function toGraph(row: SurveyRow) {
  return { ...row, score: Number(row.score) };
}

/** Satisfaction surveys (§2.6, §5.7): per sector on the three-year rotation, or per focus group. */
export class SatisfactionService {
  readonly sectorById;

  constructor(private readonly ctx: TrainingContext) {
    this.sectorById = loaderById((ids) => ctx.prisma.sector.findMany({ where: { id: { in: [...ids] } } }));
  }

  async list(schoolYear: number | undefined) {
    requireUser(this.ctx);
    const rows = await this.ctx.prisma.satisfactionSurvey.findMany({
      where: schoolYear ? { schoolYear } : {},
      orderBy: [{ schoolYear: 'desc' }, { id: 'asc' }],
    });
    return rows.map(toGraph);
  }

  /** The latest survey of every sector with its survey year, lowest score first (as the §5.7 table). */
  async latestSectorScores() {
    requireUser(this.ctx);
    const rows = await this.ctx.prisma.satisfactionSurvey.findMany({
      where: { sectorId: { not: null } },
      orderBy: [{ sectorId: 'asc' }, { schoolYear: 'desc' }, { createdAt: 'desc' }],
      distinct: ['sectorId'],
      include: { sector: true },
    });
    return rows
      .map((row) => ({
        sectorId: row.sectorId!,
        sectorName: row.sector!.name,
        score: Number(row.score),
        schoolYear: row.schoolYear,
        schoolYearLabel: schoolYearLabel(row.schoolYear),
        meetsTarget: Number(row.score) >= TARGET_SCORE,
      }))
      .sort((a, b) => a.score - b.score || a.sectorName.localeCompare(b.sectorName));
  }

  /** Exactly one of sector or focus group; a sector surveyed less than three years before (or after) is refused. */
  async record(input: RecordSatisfactionSurveyInput) {
    requireUser(this.ctx);
    const hasSector = Boolean(input.sectorId);
    const hasFocus = Boolean(input.focusGroup);
    if (hasSector === hasFocus) {
      throw badUserInput(
        'Geef precies één van sector of focusgroep',
        'Give exactly one of sector or focus group',
        { field: hasSector ? 'focusGroup' : 'sectorId' },
      );
    }
    if (input.sectorId) {
      const sector = await this.sectorById.load(input.sectorId);
      if (!sector) throw badUserInput(`Sector ${input.sectorId} bestaat niet`, `Sector ${input.sectorId} does not exist`, { field: 'sectorId' });
      const recent = await this.ctx.prisma.satisfactionSurvey.findFirst({
        where: {
          sectorId: sector.id,
          schoolYear: { gt: input.schoolYear - ROTATION_YEARS, lt: input.schoolYear + ROTATION_YEARS },
        },
        orderBy: { schoolYear: 'desc' },
      });
      if (recent) {
        throw domainError(
          ErrorCode.Conflict,
          `Rotatiesysteem: iedere sector komt om de drie jaar aan bod; ${sector.name} werd bevraagd in ${schoolYearLabel(recent.schoolYear)} (§2.6)`,
          `Rotation: each sector is surveyed every three years; ${sector.name} was surveyed in ${schoolYearLabel(recent.schoolYear)} (§2.6)`,
          { field: 'schoolYear', surveyedIn: recent.schoolYear },
        );
      }
    } else {
      const same = await this.ctx.prisma.satisfactionSurvey.findFirst({
        where: { focusGroup: input.focusGroup!, schoolYear: input.schoolYear },
      });
      if (same) {
        throw domainError(
          ErrorCode.Conflict,
          `Focusgroep ${input.focusGroup} heeft al een meting in ${schoolYearLabel(input.schoolYear)}`,
          `Focus group ${input.focusGroup} already has a survey in ${schoolYearLabel(input.schoolYear)}`,
          { field: 'focusGroup' },
        );
      }
    }
    const row = await this.ctx.prisma.satisfactionSurvey.create({
      data: {
        schoolYear: input.schoolYear,
        sectorId: input.sectorId ?? null,
        focusGroup: input.focusGroup ?? null,
        score: input.score.toFixed(2),
        respondents: input.respondents,
      },
    });
    return toGraph(row);
  }
}

export function satisfactionServiceOf(ctx: TrainingContext): SatisfactionService {
  return ctx.scoped(SatisfactionService, () => new SatisfactionService(ctx));
}
