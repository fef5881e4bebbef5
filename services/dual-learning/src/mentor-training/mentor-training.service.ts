import { badUserInput, checkStep, forbidden, notFound, requireUser, Role, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Mentor as MentorRow, Partnership as PartnershipRow } from '../generated/prisma/client.js';
import type { MentorTrainingExemption, MentorTrainingStatus } from '../generated/prisma/enums.js';
import { addMonths, daysBetween, startOfDay } from '../shared/calendar.js';
import { recordStatusChange } from '../shared/history.js';
import { horecaStopDate } from '../agreement/agreement-rules.js';
import { escalationStepDue } from './escalation-steps.js';
import { mentorTrainingWorkflow } from './mentor-training.workflow.js';
import { MentorTrainingDeadlineKind, type OverdueMentor } from './mentor-training.types.js';

const MENTOR = { nl: 'Mentor', en: 'Mentor' };
const ENTITY = 'MentorTraining';
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Whole months from `from` to `to` (the same day of the month counts as a full month). */
function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (addMonths(from, months).getTime() > startOfDay(to).getTime()) months -= 1;
  return Math.max(0, months);
}

export class MentorTrainingService {
  private readonly prisma;

  constructor(private readonly ctx: DualLearningContext) {
    this.prisma = ctx.prisma;
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  /**
   * The mentor with the partnership that governs its training: the partnership of its (latest) active recognition,
   * else the one named on its workplace.
   */
  private async mentorWithPartnership(mentorId: string): Promise<{ mentor: MentorRow & { workplace: { companyId: string | null } }; partnership: PartnershipRow | null }> {
    const mentor = await this.prisma.mentor.findUnique({
      where: { id: mentorId },
      include: {
        workplace: true,
        recognitions: {
          where: { recognition: { status: 'ACTIVE' } },
          include: { recognition: { include: { partnership: true } } },
          orderBy: { recognition: { validFrom: 'desc' } },
          take: 1,
        },
      },
    });
    if (!mentor) throw notFound(MENTOR, mentorId);
    const partnership =
      mentor.recognitions[0]?.recognition.partnership ??
      (await this.prisma.partnership.findUnique({ where: { name: mentor.workplace.sectoralPartnership } }));
    return { mentor, partnership };
  }

  private assertMayAct(mentor: { workplace: { companyId: string | null } }, partnership: PartnershipRow | null) {
    const user = this.user;
    if (user.role === Role.AgencyStaff) return;
    if (user.role === Role.PartnershipStaff && partnership && user.partnershipId === partnership.id) return;
    if (user.role === Role.CompanyUser && mentor.workplace.companyId && mentor.workplace.companyId === user.companyId) return;
    throw forbidden('Deze mentor hoort niet bij jouw partnerschap of onderneming', 'This mentor is not yours to act on');
  }

  private assertNotInFuture(on: Date, field: string) {
    if (startOfDay(on).getTime() > startOfDay(this.ctx.now()).getTime()) {
      throw badUserInput('De datum ligt in de toekomst', 'The date lies in the future', { field });
    }
  }

  private async step(
    mentorId: string,
    step: 'register' | 'complete' | 'exempt',
    data: (partnership: PartnershipRow | null) => Partial<MentorRow>,
    note?: string,
  ) {
    const user = this.user;
    const { mentor, partnership } = await this.mentorWithPartnership(mentorId);
    this.assertMayAct(mentor, partnership);
    checkExpectedVersion(this.ctx, mentor, MENTOR);
    const { from, to } = checkStep(mentorTrainingWorkflow, step, mentor.trainingStatus, user);
    const changes = data(partnership);
    return this.prisma.$transaction(async (tx) => {
      const updated = await unlessChangedMeanwhile(MENTOR, () =>
        tx.mentor.update({
          where: { id: mentor.id, trainingStatus: mentor.trainingStatus, version: mentor.version },
          data: { ...changes, trainingStatus: to as MentorTrainingStatus },
        }),
      );
      await recordStatusChange(tx, { entityType: ENTITY, entityId: mentor.id, step, from, to, actor: user, note, at: this.ctx.now() });
      return updated;
    });
  }

  register(mentorId: string, on: Date) {
    this.assertNotInFuture(on, 'on');
    return this.step(mentorId, 'register', () => ({ trainingRegisteredOn: startOfDay(on) }), `ingeschreven op ${iso(on)}`);
  }

  complete(mentorId: string, on: Date) {
    this.assertNotInFuture(on, 'on');
    return this.step(mentorId, 'complete', () => ({ trainingCompletedOn: startOfDay(on) }), `gevolgd op ${iso(on)}`);
  }

  /** BR-22: only on a ground the partnership accepts. */
  exempt(mentorId: string, ground: MentorTrainingExemption) {
    return this.step(
      mentorId,
      'exempt',
      (partnership) => {
        if (!partnership || !partnership.acceptedExemptions.includes(ground)) {
          throw badUserInput(
            `${partnership?.name ?? 'Het partnerschap'} aanvaardt de vrijstellingsgrond ${ground} niet`,
            `The partnership does not accept the exemption ground ${ground}`,
            { field: 'ground', rule: 'BR-22', accepted: partnership?.acceptedExemptions ?? [] },
          );
        }
        return { exemption: ground, exemptionApprovedById: this.user.id };
      },
      ground,
    );
  }

  /**
   * BR-20, BR-21, BR-24: mentors of ACTIVE recognitions in partnerships with a MANDATORY policy whose registration
   * or completion deadline (months after the recognition's validFrom) has passed without completion or exemption,
   * with the escalation step due. One findMany with its relations (a fixed number of statements), no query per row.
   */
  async overdue(partnershipId: string | null | undefined, asOf: Date | null | undefined): Promise<OverdueMentor[]> {
    const user = this.user;
    let scope = partnershipId ?? null;
    if (user.role === Role.PartnershipStaff) {
      if (scope && scope !== user.partnershipId) {
        throw forbidden('Je ziet enkel de mentoren van je eigen partnerschap', "You only see your own partnership's mentors");
      }
      scope = user.partnershipId ?? '00000000-0000-0000-0000-000000000000';
    }
    const today = startOfDay(asOf ?? this.ctx.now());
    const rows = await this.prisma.recognitionMentor.findMany({
      where: {
        mentor: { trainingStatus: { in: ['NOT_REGISTERED', 'REGISTERED'] } },
        recognition: {
          status: 'ACTIVE',
          validFrom: { lte: today },
          validUntil: { gte: today },
          partnership: { mentorTrainingPolicy: 'MANDATORY', ...(scope ? { id: scope } : {}) },
        },
      },
      include: { mentor: true, recognition: { include: { partnership: true } } },
      orderBy: [{ recognition: { validFrom: 'asc' } }, { mentorId: 'asc' }],
    });
    const byMentor = new Map<string, OverdueMentor>();
    for (const { mentor, recognition } of rows) {
      if (byMentor.has(mentor.id)) continue; // the earliest recognition sets the deadline
      const partnership = recognition.partnership;
      const deadlines: { kind: MentorTrainingDeadlineKind; deadline: Date }[] = [];
      if (mentor.trainingStatus === 'NOT_REGISTERED' && partnership.mentorRegistrationDeadlineMonths !== null) {
        deadlines.push({ kind: MentorTrainingDeadlineKind.REGISTRATION, deadline: addMonths(recognition.validFrom, partnership.mentorRegistrationDeadlineMonths) });
      }
      if (partnership.mentorTrainingDeadlineMonths !== null) {
        deadlines.push({ kind: MentorTrainingDeadlineKind.COMPLETION, deadline: addMonths(recognition.validFrom, partnership.mentorTrainingDeadlineMonths) });
      }
      const passed = deadlines.filter((d) => d.deadline.getTime() < today.getTime()).sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
      const first = passed[0];
      if (!first) continue;
      const step = escalationStepDue(partnership.code, monthsBetween(recognition.validFrom, today));
      byMentor.set(mentor.id, {
        mentor: mentor as never,
        partnership: partnership as never,
        recognitionId: recognition.id,
        recognisedOn: recognition.validFrom,
        deadlineKind: first.kind,
        deadline: first.deadline,
        daysOverdue: daysBetween(first.deadline, today),
        escalationStep: step,
        contractStopOn: step?.stopsContract ? horecaStopDate(today) : null,
      });
    }
    return [...byMentor.values()].sort((a, b) => b.daysOverdue - a.daysOverdue || a.mentor.id.localeCompare(b.mentor.id));
  }
}

export function mentorTrainingServiceOf(ctx: DualLearningContext): MentorTrainingService {
  return ctx.scoped(MentorTrainingService, () => new MentorTrainingService(ctx));
}
