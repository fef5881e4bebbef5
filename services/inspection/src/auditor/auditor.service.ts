import { badUserInput, domainError, ErrorCode, loaderById, notFound, Role, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Auditor } from '../generated/prisma/client.js';
import { AuditorOrganisation } from '../generated/prisma/enums.js';
import { isDuplicateKey } from '../shared/client-mutation.js';
import { isUuid } from '../shared/input.js';
import type { RegisterAuditorInput } from './auditor.types.js';

export const AUDITOR = { nl: 'Auditor', en: 'Auditor' };

/** The auditor register: the agency's inspectors and supervisors and the education inspectorate's co-auditors. */
export class AuditorService {
  readonly byId;

  constructor(private readonly ctx: InspectionContext) {
    this.byId = loaderById((ids) => ctx.prisma.auditor.findMany({ where: { id: { in: [...ids] } } }));
  }

  list(active: boolean | undefined): Promise<Auditor[]> {
    return this.ctx.prisma.auditor.findMany({
      where: active === undefined || active === null ? {} : { active },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  /** The sign-in subject is for agency staff (who link accounts), not for everybody who sees a team. */
  userIdVisibleTo(auditor: Auditor): string | null {
    return this.ctx.user?.role === Role.AgencyStaff ? auditor.userId : null;
  }

  async register(input: RegisterAuditorInput): Promise<Auditor> {
    const name = input.name.trim();
    if (name.length < 2) throw badUserInput('naam: 2 tot 200 tekens', 'name: 2 to 200 characters', { field: 'name' });
    const external = input.organisation === AuditorOrganisation.EDUCATION_INSPECTORATE;
    if (external && input.team) {
      throw badUserInput(
        'Een inspecteur van de onderwijsinspectie hoort niet bij een team van SYNTRA Vlaanderen',
        'An education inspector belongs to no team of the agency',
        { field: 'team' },
      );
    }
    if (!external && !input.team) {
      throw badUserInput('Kies Team Toezicht of Team Inspectie', 'Choose the SUPERVISION or INSPECTION team', { field: 'team' });
    }
    const userId = input.userId?.trim() || null;
    if (userId && (await this.ctx.prisma.auditor.findUnique({ where: { userId } }))) {
      throw this.userTaken(userId);
    }
    try {
      return await this.ctx.prisma.auditor.create({
        data: { name, email: input.email?.trim() || null, organisation: input.organisation, team: input.team ?? null, userId },
      });
    } catch (error) {
      // Two registrations of the same account at once: the second loses on the unique userId.
      if (isDuplicateKey(error) && userId) throw this.userTaken(userId);
      throw error;
    }
  }

  private userTaken(userId: string) {
    return domainError(
      ErrorCode.Conflict,
      `Gebruiker ${userId} is al als auditor geregistreerd`,
      `User ${userId} is already registered as an auditor`,
      { field: 'userId' },
    );
  }

  /** Keeps the auditor in the teams of earlier audits; only new assignments are refused. Repeating it is harmless. */
  async deactivate(id: string): Promise<Auditor> {
    const auditor = isUuid(id) ? await this.byId.load(id) : null;
    if (!auditor) throw notFound(AUDITOR, id);
    checkExpectedVersion(this.ctx, auditor, AUDITOR);
    if (!auditor.active) return auditor;
    const updated = await unlessChangedMeanwhile(AUDITOR, () =>
      this.ctx.prisma.auditor.update({ where: { id, version: auditor.version }, data: { active: false } }),
    );
    this.byId.clear(id).prime(id, updated);
    return updated;
  }
}

/** The request's AuditorService (its DataLoader caches for this request only). */
export function auditorServiceOf(ctx: InspectionContext): AuditorService {
  return ctx.scoped(AuditorService, () => new AuditorService(ctx));
}
