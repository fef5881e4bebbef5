import type { ComplaintKind, ComplaintStatus } from '../gql/graphql.js';

export type ComplaintStep = 'acknowledge' | 'declareInadmissible' | 'route' | 'startInvestigation' | 'recordInvestigativeAct' | 'decide' | 'investigateFurther' | 'close';

interface ComplaintState {
  status: ComplaintStatus;
  kind: ComplaintKind;
  handlerBody: string | null;
}

/**
 * The steps of the complaints procedure from a state (services/dual-learning/src/complaint/complaint.workflow.ts).
 * Unlike applications, Complaint has no `allowedSteps` field in the API yet, so the table is mirrored here (the role
 * check is canHandle); the API stays the judge and its refusal is shown. Reports (meldingen) have no admissibility,
 * and the investigation starts only once the complaint was routed to a handler.
 */
export function complaintSteps({ status, kind, handlerBody }: ComplaintState): ComplaintStep[] {
  switch (status) {
    case 'REGISTERED':
      return kind === 'COMPLAINT' ? ['acknowledge', 'declareInadmissible'] : ['acknowledge'];
    case 'ACKNOWLEDGED':
      return handlerBody ? ['route', 'startInvestigation'] : ['route'];
    case 'UNDER_INVESTIGATION':
      return ['recordInvestigativeAct', 'decide'];
    case 'DECIDED':
      return ['close', 'investigateFurther'];
    default:
      return [];
  }
}
