import { graphql } from '../gql/index.js';

export const ACTION_PLAN_ROUNDS_QUERY = graphql(`
  query ActionPlanRounds {
    actionPlanRounds {
      id
      year
      season
      deadline
      status
      criteriaVersionId
      boardDecisionOn
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
  query ActionPlans($filter: ActionPlanFilter, $page: PageInput) {
    actionPlans(filter: $filter, page: $page) {
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
      id
      status
      submittedAt
      allowedSteps
      centreId
      centre {
        id
        name
      }
      round {
        id
        year
        season
        deadline
        status
        criteriaVersionId
        boardDecisionOn
      }
      dossiers {
        id
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
      id
      year
      season
      deadline
      status
      criteriaVersionId
      boardDecisionOn
    }
  }
`);

export const RECORD_BOARD_DECISION_MUTATION = graphql(`
  mutation RecordBoardDecision($roundId: ID!, $decidedOn: LocalDate!) {
    recordBoardDecision(roundId: $roundId, decidedOn: $decidedOn) {
      id
      status
      boardDecisionOn
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
  mutation AddTrainingDossier($planId: ID!, $input: TrainingDossierInput!) {
    addTrainingDossier(planId: $planId, input: $input) {
      id
      status
      dossiers {
        id
      }
    }
  }
`);

export const UPDATE_DOSSIER_MUTATION = graphql(`
  mutation UpdateTrainingDossier($dossierId: ID!, $input: TrainingDossierInput!) {
    updateTrainingDossier(dossierId: $dossierId, input: $input) {
      id
      title
    }
  }
`);

export const SUBMIT_ACTION_PLAN_MUTATION = graphql(`
  mutation SubmitActionPlan($planId: ID!) {
    submitActionPlan(planId: $planId) {
      id
      status
      submittedAt
    }
  }
`);

export const START_REVIEW_MUTATION = graphql(`
  mutation StartPlanReview($planId: ID!) {
    startPlanReview(planId: $planId) {
      id
      status
    }
  }
`);

export const RETURN_PLAN_MUTATION = graphql(`
  mutation ReturnActionPlanForChanges($planId: ID!, $reason: String!) {
    returnActionPlanForChanges(planId: $planId, reason: $reason) {
      id
      status
    }
  }
`);

export const ASSESS_CRITERION_MUTATION = graphql(`
  mutation AssessCriterion($caseId: ID!, $met: Boolean!, $motivation: String!) {
    assessCriterion(caseId: $caseId, met: $met, motivation: $motivation) {
      id
      met
      motivation
    }
  }
`);

export const ADVISE_DOSSIER_MUTATION = graphql(`
  mutation AdviseDossier($dossierId: ID!, $advice: DossierAdvice!, $motivation: String!) {
    adviseDossier(dossierId: $dossierId, advice: $advice, motivation: $motivation) {
      id
      advice
      adviceMotivation
      advisedAt
    }
  }
`);
