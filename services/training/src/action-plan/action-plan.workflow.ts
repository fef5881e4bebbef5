import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import { ActionPlanStatus, RoundStatus } from '../generated/prisma/enums.js';

const editors = [Role.CentreUser, Role.AgencyStaff] as const;
const staff = [Role.AgencyStaff] as const;
const editable = [ActionPlanStatus.DRAFT, ActionPlanStatus.RETURNED] as const;
const inReview = [ActionPlanStatus.UNDER_REVIEW, ActionPlanStatus.ADVISED] as const;

/**
 * The annual action plan (jaaractieplan, §2.12 A, §6.5) as data. Drafting creates the plan in DRAFT; the centre edits
 * its dossiers while DRAFT or RETURNED; regie ondernemersvorming reviews (kwaliteitssturing), advises each dossier
 * (the plan is ADVISED once every dossier has an advice) and may return the plan before the board decides.
 * Steps that change a dossier but not the plan's status keep the plan's status (their `to` is where they belong).
 */
export const actionPlanWorkflow = defineWorkflow({
  subject: { nl: 'het jaaractieplan', en: 'the annual action plan' },
  stateLabels: {
    DRAFT: 'Ontwerp',
    SUBMITTED: 'Ingediend',
    RETURNED: 'Teruggestuurd voor aanpassing',
    UNDER_REVIEW: 'In kwaliteitssturing',
    ADVISED: 'Geadviseerd',
    DECIDED: 'Vastgelegd door de Raad van bestuur',
  },
  steps: {
    addTrainingDossier: { from: editable, to: ActionPlanStatus.DRAFT, roles: editors, label: 'een opleidingsdossier toevoegen' },
    updateTrainingDossier: { from: editable, to: ActionPlanStatus.DRAFT, roles: editors, label: 'een opleidingsdossier wijzigen' },
    submit: { from: editable, to: ActionPlanStatus.SUBMITTED, roles: editors, label: 'het jaaractieplan indienen' },
    startReview: { from: [ActionPlanStatus.SUBMITTED], to: ActionPlanStatus.UNDER_REVIEW, roles: staff, label: 'de kwaliteitssturing starten' },
    assessCriterion: { from: inReview, to: ActionPlanStatus.UNDER_REVIEW, roles: staff, label: 'een criterium beoordelen' },
    adviseDossier: { from: inReview, to: ActionPlanStatus.ADVISED, roles: staff, label: 'een opleidingsdossier adviseren' },
    returnForChanges: {
      from: [ActionPlanStatus.SUBMITTED, ActionPlanStatus.UNDER_REVIEW, ActionPlanStatus.ADVISED],
      to: ActionPlanStatus.RETURNED,
      roles: staff,
      label: 'het jaaractieplan terugsturen voor aanpassing',
    },
    decide: { from: [ActionPlanStatus.ADVISED], to: ActionPlanStatus.DECIDED, roles: staff, label: 'het jaaractieplan vastleggen' },
  },
});

export type ActionPlanStep = keyof typeof actionPlanWorkflow.steps;

/** The round: open until the board (Raad van bestuur) fixes the programmes in December. */
export const roundWorkflow = defineWorkflow({
  subject: { nl: 'de jaaractieplanronde', en: 'the action plan round' },
  stateLabels: { OPEN: 'Open', CLOSED: 'Afgesloten', DECIDED: 'Beslist door de Raad van bestuur' },
  steps: {
    recordBoardDecision: {
      from: [RoundStatus.OPEN, RoundStatus.CLOSED],
      to: RoundStatus.DECIDED,
      roles: staff,
      label: 'de beslissing van de Raad van bestuur vastleggen',
    },
  },
});
