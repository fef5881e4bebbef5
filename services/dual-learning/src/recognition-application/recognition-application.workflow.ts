import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import { ApplicationStatus } from '../generated/prisma/enums.js';

const handlers = [Role.AgencyStaff, Role.PartnershipStaff] as const;
const applicants = [Role.CompanyUser, Role.SchoolUser, Role.PartnershipStaff, Role.AgencyStaff] as const;
const open = [ApplicationStatus.SUBMITTED, ApplicationStatus.IN_PROGRESS] as const;

/**
 * The recognition application's state machine (§3.1) as data. Steps that record something without changing the
 * status (handling actions, company conditions, votes, proposals) are in the table too, so that the same check
 * refuses them in the wrong state; their `to` is where they belong and the service keeps the current status.
 */
export const applicationWorkflow = defineWorkflow({
  subject: { nl: 'de erkenningsaanvraag', en: 'the recognition application' },
  stateLabels: {
    SUBMITTED: 'Ingediend',
    INCOMPLETE: 'Dossier onvolledig',
    IN_PROGRESS: 'In behandeling',
    ON_HOLD: 'In wacht',
    REJECTED: 'Afgekeurd',
    APPROVED: 'Goedgekeurd',
    WITHDRAWN: 'Opgeheven',
  },
  steps: {
    declareIncomplete: { from: [ApplicationStatus.SUBMITTED], to: ApplicationStatus.INCOMPLETE, roles: handlers, label: 'het dossier onvolledig verklaren' },
    complete: { from: [ApplicationStatus.INCOMPLETE], to: ApplicationStatus.SUBMITTED, roles: applicants, label: 'het dossier vervolledigen' },
    takeUp: { from: [ApplicationStatus.SUBMITTED], to: ApplicationStatus.IN_PROGRESS, roles: handlers, label: 'de aanvraag in behandeling nemen' },
    putOnHold: { from: open, to: ApplicationStatus.ON_HOLD, roles: handlers, label: 'de aanvraag in wacht zetten' },
    resume: { from: [ApplicationStatus.ON_HOLD], to: ApplicationStatus.IN_PROGRESS, roles: handlers, label: 'de behandeling hervatten' },
    approve: { from: [ApplicationStatus.IN_PROGRESS], to: ApplicationStatus.APPROVED, roles: handlers, label: 'de aanvraag goedkeuren' },
    reject: {
      from: [ApplicationStatus.SUBMITTED, ApplicationStatus.IN_PROGRESS, ApplicationStatus.ON_HOLD],
      to: ApplicationStatus.REJECTED,
      roles: handlers,
      label: 'de aanvraag afkeuren',
    },
    /** The decision cycle (BR-10): tacit approval, unanimous vote, proposal without objection. */
    cycleApprove: { from: open, to: ApplicationStatus.APPROVED, roles: [Role.AgencyStaff], label: 'de aanvraag goedkeuren in de beslissingsronde' },
    cycleReject: { from: open, to: ApplicationStatus.REJECTED, roles: [Role.AgencyStaff], label: 'de aanvraag afkeuren in de beslissingsronde' },
    /** Opheffing or uitsluiting of the recognition that followed (§3.6). */
    withdraw: { from: [ApplicationStatus.APPROVED], to: ApplicationStatus.WITHDRAWN, roles: handlers, label: 'de erkenning opheffen' },
    recordHandlingAction: {
      from: [ApplicationStatus.IN_PROGRESS, ApplicationStatus.ON_HOLD],
      to: ApplicationStatus.IN_PROGRESS,
      roles: handlers,
      label: 'een behandelactie vastleggen',
    },
    recordCompanyConditions: {
      from: [ApplicationStatus.IN_PROGRESS, ApplicationStatus.ON_HOLD],
      to: ApplicationStatus.IN_PROGRESS,
      roles: handlers,
      label: 'de voorwaarden van de onderneming vastleggen',
    },
    castVote: { from: open, to: ApplicationStatus.IN_PROGRESS, roles: [Role.PartnershipStaff], label: 'stemmen' },
    proposeDecision: { from: [ApplicationStatus.IN_PROGRESS], to: ApplicationStatus.IN_PROGRESS, roles: handlers, label: 'een beslissing voorstellen' },
  },
});

export type ApplicationStep = keyof typeof applicationWorkflow.steps;

/** Statuses in which no decision has been taken yet: these can be overdue (BR-01). */
export const undecidedStatuses: ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.INCOMPLETE,
  ApplicationStatus.IN_PROGRESS,
  ApplicationStatus.ON_HOLD,
];
