import { Role } from '@werkplek/auth';
import { badUserInput, domainError, ErrorCode, forbidden, loaderByGroup, loaderById, requireUser } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Workplace } from '../generated/prisma/client.js';
import { partnershipServiceOf } from '../partnership/partnership.service.js';
import { workplaceServiceOf } from '../workplace/workplace.service.js';
import { mentorConditionProblems } from './mentor-conditions.js';
import type { RegisterMentorInput } from './mentor.types.js';
import { hashNationalRegisterNumber, parseNationalRegisterNumber } from './national-register-number.js';

export class MentorService {
  readonly byId;
  readonly byWorkplace;

  constructor(private readonly ctx: DualLearningContext) {
    this.byId = loaderById((ids) => ctx.prisma.mentor.findMany({ where: { id: { in: [...ids] } } }));
    this.byWorkplace = loaderByGroup(
      (ids) => ctx.prisma.mentor.findMany({ where: { workplaceId: { in: [...ids] } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
      (row) => row.workplaceId,
    );
  }

  /** Agency staff; partnership staff of the workplace's partnership; a company user of the workplace's company. */
  private async mayActFor(workplace: Workplace, read: boolean): Promise<boolean> {
    const user = requireUser(this.ctx);
    if (user.role === Role.AgencyStaff) return true;
    if (read && user.role === Role.Inspector) return true;
    if (user.role === Role.CompanyUser) return !!workplace.companyId && workplace.companyId === user.companyId;
    if (user.role === Role.PartnershipStaff) {
      const partnership = await partnershipServiceOf(this.ctx).byWorkplaceName(workplace.sectoralPartnership);
      return !!partnership && partnership.id === user.partnershipId;
    }
    return false;
  }

  /**
   * A mentor another subgraph refers to (`_entities`): the same visibility as the mentors of its workplace, so a
   * reference cannot bypass Query.mentors (issue #7 authorization matrix).
   */
  async referenced(id: string) {
    const mentor = await this.byId.load(id);
    if (!mentor) return null;
    const workplace = await workplaceServiceOf(this.ctx).byId.load(mentor.workplaceId);
    if (!workplace || !(await this.mayActFor(workplace, true))) {
      throw forbidden('Je hebt geen toegang tot deze mentor', 'You may not access this mentor');
    }
    return mentor;
  }

  async listAt(workplaceId: string) {
    const workplace = await workplaceServiceOf(this.ctx).get(workplaceId);
    if (!(await this.mayActFor(workplace, true))) {
      throw forbidden('Je hebt geen toegang tot de mentoren van deze werkplek', "You may not see this workplace's mentors");
    }
    return this.byWorkplace.load(workplaceId);
  }

  conditionProblems(mentor: { birthDate: Date; yearsOfExperience: number }): string[] {
    return mentorConditionProblems(mentor, this.ctx.now());
  }

  /**
   * Registers a mentor at a workplace: the national register number is checked (mod 97) and gives the birth date;
   * only its SHA-256 hash is stored. The BR-04 conditions are computed on reading (meetsConditions), not enforced
   * here: the recognition handling decides on a mentor who does not meet them (reason NO_QUALIFYING_MENTOR).
   */
  async register(input: RegisterMentorInput) {
    const workplace = await workplaceServiceOf(this.ctx).get(input.workplaceId);
    if (!(await this.mayActFor(workplace, false))) {
      throw forbidden('Je mag geen mentor registreren bij deze werkplek', 'You may not register a mentor at this workplace');
    }
    const number = parseNationalRegisterNumber(input.nationalRegisterNumber);
    if (!number) {
      throw badUserInput(
        'Ongeldig rijksregisternummer (controlegetal of geboortedatum)',
        'Invalid national register number (check digits or birth date)',
        { field: 'nationalRegisterNumber' },
      );
    }
    if (number.birthDate > this.ctx.now()) {
      throw badUserInput('Geboortedatum ligt in de toekomst', 'Birth date lies in the future', { field: 'nationalRegisterNumber' });
    }
    const nationalRegisterHash = hashNationalRegisterNumber(number.digits);
    const existing = await this.ctx.prisma.mentor.findUnique({
      where: { workplaceId_nationalRegisterHash: { workplaceId: workplace.id, nationalRegisterHash } },
    });
    if (existing) {
      throw domainError(ErrorCode.Conflict, 'Deze mentor is al geregistreerd bij deze werkplek', 'This mentor is already registered at this workplace', {
        id: existing.id,
      });
    }
    return this.ctx.prisma.mentor.create({
      data: {
        workplaceId: workplace.id,
        name: input.name.trim(),
        nationalRegisterHash,
        birthDate: number.birthDate,
        yearsOfExperience: input.yearsOfExperience,
      },
    });
  }
}

export function mentorServiceOf(ctx: DualLearningContext): MentorService {
  return ctx.scoped(MentorService, () => new MentorService(ctx));
}
