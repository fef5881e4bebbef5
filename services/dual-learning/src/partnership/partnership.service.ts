import { badUserInput, loaderByGroup, loaderById, notFound, requireUser, checkExpectedVersion } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { Prisma, type Partnership } from '../generated/prisma/client.js';
import { establishmentCap, InvalidCapRuleError, parseEstablishmentCapRule } from './establishment-cap-rule.js';
import type { UpdatePartnershipSettingsInput } from './partnership.types.js';
import { normaliseJointCommittee, routeToPartnership } from './routing.js';

const PARTNERSHIP = { nl: 'Partnerschap', en: 'Partnership' };

/** The settings an agency staff member may change, in the order they are recorded. */
const SETTINGS = [
  'jointCommittees',
  'takesRecognition',
  'takesGuidance',
  'takesComplaints',
  'decisionMechanism',
  'siteVisitPolicy',
  'mentorTrainingPolicy',
  'mentorTrainingDeadlineMonths',
  'mentorRegistrationDeadlineMonths',
  'learnersPerMentor',
  'establishmentCapRule',
  'acceptedExemptions',
  'signalVisitDays',
  'votingMembers',
] as const;

const NOT_NULLABLE = new Set<string>([
  'jointCommittees',
  'takesRecognition',
  'takesGuidance',
  'takesComplaints',
  'decisionMechanism',
  'siteVisitPolicy',
  'mentorTrainingPolicy',
  'acceptedExemptions',
]);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export class PartnershipService {
  readonly byId;
  readonly byName;
  readonly trainingCapsOf;

  constructor(private readonly ctx: DualLearningContext) {
    const prisma = ctx.prisma;
    this.byId = loaderById((ids) => prisma.partnership.findMany({ where: { id: { in: [...ids] } } }));
    // Workplaces name their partnership (Workplace.sectoralPartnership): one query for all names asked.
    this.byName = loaderByGroup(
      (names) => prisma.partnership.findMany({ where: { name: { in: [...names] } } }),
      (row) => row.name,
    );
    this.trainingCapsOf = loaderByGroup(
      (ids) => prisma.partnershipTrainingCap.findMany({ where: { partnershipId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
      (row) => row.partnershipId,
    );
  }

  /** The Flemish Partnership first, then the sectoral partnerships by name. */
  list() {
    return this.ctx.prisma.partnership.findMany({ orderBy: [{ kind: 'asc' }, { name: 'asc' }, { id: 'asc' }] });
  }

  async get(id: string) {
    const partnership = await this.byId.load(id);
    if (!partnership) throw notFound(PARTNERSHIP, id);
    return partnership;
  }

  async byWorkplaceName(name: string): Promise<Partnership | null> {
    return (await this.byName.load(name))[0] ?? null;
  }

  /** BR-06 on the stored partnerships, as of the request's day. */
  async competentFor(jointCommittees: string[]) {
    const partnerships = await this.ctx.prisma.partnership.findMany({ orderBy: [{ code: 'asc' }] });
    return routeToPartnership(partnerships, jointCommittees, this.ctx.now());
  }

  establishmentCapOf(partnership: Partnership, headcount: number): number | null {
    if (!Number.isInteger(headcount) || headcount < 0) {
      throw badUserInput('Aantal werknemers: een geheel getal ≥ 0', 'Headcount: a whole number ≥ 0', { field: 'headcount' });
    }
    return establishmentCap(parseEstablishmentCapRule(partnership.establishmentCapRule), headcount);
  }

  settingHistory(partnershipId: string) {
    return this.ctx.prisma.partnershipSettingChange.findMany({
      where: { partnershipId },
      orderBy: [{ changedAt: 'asc' }, { setting: 'asc' }, { id: 'asc' }],
    });
  }

  /** Changes the given settings and records one PartnershipSettingChange per setting that really changed. */
  async updateSettings(id: string, input: UpdatePartnershipSettingsInput) {
    const user = requireUser(this.ctx);
    await this.get(id);
    const requested: Record<string, unknown> = {};
    for (const setting of SETTINGS) {
      const value = (input as Record<string, unknown>)[setting];
      if (value === undefined) continue;
      if (value === null && NOT_NULLABLE.has(setting)) {
        throw badUserInput(`${setting} mag niet leeg zijn`, `${setting} cannot be empty`, { field: setting });
      }
      requested[setting] = value;
    }
    if (typeof requested.establishmentCapRule === 'string') {
      try {
        requested.establishmentCapRule = parseEstablishmentCapRule(JSON.parse(requested.establishmentCapRule));
      } catch (error) {
        const reason = error instanceof InvalidCapRuleError ? error.message : 'no valid JSON';
        throw badUserInput(`Ongeldige regel per vestiging (${reason})`, `Invalid establishment cap rule (${reason})`, {
          field: 'establishmentCapRule',
        });
      }
    }
    if (Array.isArray(requested.jointCommittees)) {
      requested.jointCommittees = [...new Set((requested.jointCommittees as string[]).map(normaliseJointCommittee))];
    }
    if (Array.isArray(requested.acceptedExemptions)) {
      requested.acceptedExemptions = [...new Set(requested.acceptedExemptions as string[])];
    }
    const at = this.ctx.now();
    // The old values are read inside the transaction, after a transaction-scoped advisory lock on the partnership:
    // two simultaneous changes queue, and the second records the first's new value as its old value.
    return this.ctx.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${id}::text))`;
      const current = await tx.partnership.findUnique({ where: { id } });
      if (!current) throw notFound(PARTNERSHIP, id);
      // Checked under the lock: the version read here is the one the write below replaces.
      checkExpectedVersion(this.ctx, current, PARTNERSHIP);
      const changed = Object.entries(requested).filter(([setting, value]) => !same((current as Record<string, unknown>)[setting], value));
      if (changed.length === 0) return current;
      const data: Record<string, unknown> = {};
      for (const [setting, value] of changed) {
        // A nullable Json column is cleared with Prisma's JsonNull marker.
        data[setting] = setting === 'establishmentCapRule' && value === null ? Prisma.JsonNull : value;
      }
      const updated = await tx.partnership.update({ where: { id }, data: data as Prisma.PartnershipUpdateInput });
      await tx.partnershipSettingChange.createMany({
        data: changed.map(([setting, value]) => ({
          partnershipId: id,
          setting,
          oldValue: toJson((current as Record<string, unknown>)[setting]),
          newValue: toJson(value),
          changedById: user.id,
          changedByName: user.name,
          changedAt: at,
        })),
      });
      return updated;
    });
  }
}

function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  return value === null || value === undefined ? Prisma.JsonNull : (value as Prisma.InputJsonValue);
}

/** The request's PartnershipService. */
export function partnershipServiceOf(ctx: DualLearningContext): PartnershipService {
  return ctx.scoped(PartnershipService, () => new PartnershipService(ctx));
}
