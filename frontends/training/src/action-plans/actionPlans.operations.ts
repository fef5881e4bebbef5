import { graphql } from '../gql/index.js';

/*
 * Fragments: one selection per entity as the screens show it. A mutation selects the same fragment as the detail query,
 * so Apollo's normalised cache updates the screen from the mutation's answer (status, allowed steps, history) without a
 * second request. Codegen runs without fragment masking (packages/frontend-build), so the fields are read directly.
 */

export const ACTION_PLAN_ROUND_FIELDS = graphql(`
  fragment ActionPlanRoundFields on ActionPlanRound {
    id
    version
    year
    season
    deadline
    status
    criteriaVersionId
    boardDecisionOn
  }
`);

export const DOSSIER_CASE_FIELDS = graphql(`
  fragment DossierCaseFields on DossierCriterionCase {
    id
    criterionId
    argument
    met
    motivation
    criterion {
      id
      mark
      code
      text
      required
      position
    }
  }
`);

export const TRAINING_DOSSIER_FIELDS = graphql(`
  fragment TrainingDossierFields on TrainingDossier {
    id
    version
    kind
    trackId
    title
    sectorId
    partners
    requestedMarks
    components
    durationMonths
    advice
    adviceMotivation
    advisedAt
    programmed
    # The case's fields written out (the same as DossierCaseFields): the gateway's depth limit counts every fragment
    # spread as a level, and a third nested spread puts the plan detail over it.
    cases {
      id
      criterionId
      argument
      met
      motivation
      criterion {
        id
        mark
        code
        text
        required
        position
      }
    }
  }
`);

export const ACTION_PLAN_DETAIL_FIELDS = graphql(`
  fragment ActionPlanDetailFields on AnnualActionPlan {
    id
    version
    status
    submittedAt
    allowedSteps
    centreId
    centre {
      id
      name
    }
    round {
      ...ActionPlanRoundFields
    }
    dossiers {
      ...TrainingDossierFields
    }
    history {
      id
      step
      fromStatus
      toStatus
      actorName
      note
      at
    }
  }
`);

export const ACTION_PLAN_ROUNDS_QUERY = graphql(`
  query ActionPlanRounds {
    actionPlanRounds {
      ...ActionPlanRoundFields
    }
  }
`);

export const CRITERIA_VERSIONS_QUERY = graphql(`
  query CriteriaVersions {
    criteriaVersions {
      id
      code
      name
      validFrom
      validUntil
      criteria {
        id
        mark
        code
        text
        required
        position
      }
      rules {
        id
        mark
        minimumMet
        description
      }
    }
  }
`);

export const ACTION_PLANS_QUERY = graphql(`
  query ActionPlans($filter: ActionPlanFilter, $sort: ActionPlanSort!, $page: PageInput) {
    actionPlans(filter: $filter, sort: $sort, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        status
        submittedAt
        centre {
          id
          name
        }
        round {
          id
          year
          season
          deadline
        }
        dossiers {
          id
          advice
        }
      }
    }
  }
`);

export const ACTION_PLAN_QUERY = graphql(`
  query ActionPlanDetail($id: ID!) {
    actionPlan(id: $id) {
      ...ActionPlanDetailFields
    }
  }
`);

export const SECTORS_QUERY = graphql(`
  query Sectors {
    sectors {
      id
      code
      name
    }
  }
`);

export const CENTRE_TRACKS_QUERY = graphql(`
  query CentreTracksForRework($centreId: ID!) {
    tracks(filter: { centreId: $centreId }, page: { first: 100 }) {
      nodes {
        id
        code
        name
        completedFullRun
      }
    }
  }
`);

export const ROUND_RESULTS_QUERY = graphql(`
  query RoundResults($roundId: ID!) {
    roundResults(roundId: $roundId) {
      roundId
      advisedDossiers
      marks {
        mark
        recognised
        notRecognised
      }
    }
  }
`);

export const OPEN_ROUND_MUTATION = graphql(`
  mutation OpenActionPlanRound($input: OpenActionPlanRoundInput!) {
    openActionPlanRound(input: $input) {
      ...ActionPlanRoundFields
    }
  }
`);

export const RECORD_BOARD_DECISION_MUTATION = graphql(`
  mutation RecordBoardDecision($roundId: ID!, $decidedOn: LocalDate!, $expectedVersion: Int) {
    recordBoardDecision(roundId: $roundId, decidedOn: $decidedOn, expectedVersion: $expectedVersion) {
      ...ActionPlanRoundFields
    }
  }
`);

export const DRAFT_ACTION_PLAN_MUTATION = graphql(`
  mutation DraftActionPlan($roundId: ID!) {
    draftActionPlan(roundId: $roundId) {
      id
      status
    }
  }
`);

export const ADD_DOSSIER_MUTATION = graphql(`
  mutation AddTrainingDossier($planId: ID!, $input: TrainingDossierInput!, $expectedVersion: Int) {
    addTrainingDossier(planId: $planId, input: $input, expectedVersion: $expectedVersion) {
      ...ActionPlanDetailFields
    }
  }
`);

export const UPDATE_DOSSIER_MUTATION = graphql(`
  mutation UpdateTrainingDossier($dossierId: ID!, $input: TrainingDossierInput!, $expectedVersion: Int) {
    updateTrainingDossier(dossierId: $dossierId, input: $input, expectedVersion: $expectedVersion) {
      ...TrainingDossierFields
    }
  }
`);

export const SUBMIT_ACTION_PLAN_MUTATION = graphql(`
  mutation SubmitActionPlan($planId: ID!, $expectedVersion: Int) {
    submitActionPlan(planId: $planId, expectedVersion: $expectedVersion) {
      ...ActionPlanDetailFields
    }
  }
`);

export const START_REVIEW_MUTATION = graphql(`
  mutation StartPlanReview($planId: ID!, $expectedVersion: Int) {
    startPlanReview(planId: $planId, expectedVersion: $expectedVersion) {
      ...ActionPlanDetailFields
    }
  }
`);

export const RETURN_PLAN_MUTATION = graphql(`
  mutation ReturnActionPlanForChanges($planId: ID!, $reason: String!, $expectedVersion: Int) {
    returnActionPlanForChanges(planId: $planId, reason: $reason, expectedVersion: $expectedVersion) {
      ...ActionPlanDetailFields
    }
  }
`);

export const ASSESS_CRITERION_MUTATION = graphql(`
  mutation AssessCriterion($caseId: ID!, $met: Boolean!, $motivation: String!) {
    assessCriterion(caseId: $caseId, met: $met, motivation: $motivation) {
      ...DossierCaseFields
    }
  }
`);

export const ADVISE_DOSSIER_MUTATION = graphql(`
  mutation AdviseDossier($dossierId: ID!, $advice: DossierAdvice!, $motivation: String!, $expectedVersion: Int) {
    adviseDossier(dossierId: $dossierId, advice: $advice, motivation: $motivation, expectedVersion: $expectedVersion) {
      ...TrainingDossierFields
    }
  }
`);
