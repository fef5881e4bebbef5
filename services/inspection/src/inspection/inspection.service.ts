import { Role, type User } from '@werkplek/auth';
import { badUserInput, forbidden, loaderByGroup, notFound } from '@werkplek/subgraph-kit';
import type { Inspection, PrismaClient } from '../generated/prisma/client.js';
import { InspectionSubjectType } from '../generated/prisma/enums.js';
import { startOfTodayUtc, subjectOfKind } from './inspection.rules.js';
import type { PlanInspectionInput } from './inspection.types.js';

const INSPECTION = { nl: 'Doorlichting', en: 'Inspection' };
const order = [{ plannedOn: 'asc' as const }, { number: 'asc' as const }];

export class InspectionService {
  private readonly byWorkplace;
  private readonly byTrainingCentre;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.byWorkplace = loaderByGroup(
      (ids) => this.prisma.inspection.findMany({ where: { workplaceId: { in: [...ids] } }, orderBy: order }),
      (row: Inspection) => row.workplaceId!,
    );
    this.byTrainingCentre = loaderByGroup(
      (ids) => this.prisma.inspection.findMany({ where: { trainingCentreId: { in: [...ids] } }, orderBy: order }),
      (row: Inspection) => row.trainingCentreId!,
    );
  }

  list() {
    return this.prisma.inspection.findMany({ orderBy: order });
  }

  async get(id: string) {
    const inspection = await this.prisma.inspection.findUnique({ where: { id } });
    if (!inspection) throw notFound(INSPECTION, id);
    return inspection;
  }

  ofWorkplace(workplaceId: string) {
    return this.byWorkplace.load(workplaceId);
  }

  /** Staff and inspectors see every centre's inspections; a centre user only those of their own centre. */
  ofTrainingCentre(user: User, trainingCentreId: string) {
    if (user.role === Role.CentreUser && user.centreId !== trainingCentreId) {
      throw forbidden('Je ziet enkel de doorlichtingen van je eigen centrum', 'You only see your own centre\'s inspections');
    }
    return this.byTrainingCentre.load(trainingCentreId);
  }

  async plan(user: User, input: PlanInspectionInput) {
    const expected = subjectOfKind[input.kind];
    if (expected === null) {
      throw badUserInput(
        'Toezicht op een partnerschap kan nog niet gepland worden: partnerschappen zijn nog geen onderwerp',
        'Partnership supervision cannot be planned yet: partnerships are not a subject yet',
        { field: 'kind' },
      );
    }
    if (expected !== input.subjectType) {
      throw badUserInput(
        `Dit soort doorlichting gaat over een ${expected === InspectionSubjectType.WORKPLACE ? 'werkplek' : 'opleidingscentrum'}`,
        `This kind of inspection audits a ${expected === InspectionSubjectType.WORKPLACE ? 'workplace' : 'training centre'}`,
        { field: 'subjectType' },
      );
    }
    const { plannedOn } = input;
    if (plannedOn < startOfTodayUtc(this.now())) {
      throw badUserInput('Een doorlichting plan je vandaag of later', 'An inspection is planned for today or later', {
        field: 'plannedOn',
      });
    }
    return this.prisma.inspection.create({
      data: {
        title: input.title.trim(),
        kind: input.kind,
        plannedOn,
        leadInspector: user.name,
        subjectType: input.subjectType,
        workplaceId: input.subjectType === InspectionSubjectType.WORKPLACE ? input.subjectId : null,
        trainingCentreId: input.subjectType === InspectionSubjectType.TRAINING_CENTRE ? input.subjectId : null,
      },
    });
  }
}
