import type { ActionPlanDetailQuery } from '../src/gql/graphql.js';

type Plan = ActionPlanDetailQuery['actionPlan'];

export function planFixture(overrides: Partial<Plan> = {}): Plan {
  return {
    __typename: 'AnnualActionPlan',
    version: 1,
    id: 'plan-1',
    status: 'DRAFT',
    submittedAt: null,
    allowedSteps: ['addTrainingDossier', 'updateTrainingDossier', 'submit'],
    centreId: 'tc-1',
    centre: { __typename: 'TrainingCentre', version: 1, id: 'tc-1', name: 'Syntra West' },
    round: {
      __typename: 'ActionPlanRound',
      version: 1,
      id: 'round-1',
      year: 2027,
      season: 'APRIL',
      deadline: '2027-04-30T21:59:59Z',
      status: 'OPEN',
      criteriaVersionId: 'cv-2018',
      boardDecisionOn: null,
    },
    dossiers: [
      {
        __typename: 'TrainingDossier',
        version: 1,
        id: 'dossier-1',
        kind: 'NEW_TRACK',
        trackId: null,
        title: 'Digitale bakker',
        sectorId: 'sector-1',
        partners: ['Bakkersfederatie'],
        requestedMarks: ['INNOVATIVE'],
        components: ['PROFESSIONAL_KNOWLEDGE'],
        durationMonths: 24,
        advice: null,
        adviceMotivation: null,
        advisedAt: null,
        programmed: false,
        cases: [
          {
            __typename: 'DossierCriterionCase',
            id: 'case-1',
            criterionId: 'crit-1',
            argument: 'Nieuwe digitale technieken in de bakkerij.',
            met: null,
            motivation: null,
            criterion: { __typename: 'Criterion', id: 'crit-1', mark: 'INNOVATIVE', code: 'I1', text: 'Nieuw beroep of nieuwe technieken', required: true, position: 1 },
          },
        ],
      },
    ],
    history: [],
    ...overrides,
  } as Plan;
}
