/** Dutch labels of the API's enums that the home page shows (the domain's own terms). */
export const applicationStatusLabels: Record<string, string> = {
  SUBMITTED: 'ingediend',
  INCOMPLETE: 'onvolledig',
  IN_PROGRESS: 'in behandeling',
  ON_HOLD: 'opgeschort',
  REJECTED: 'afgewezen',
  APPROVED: 'goedgekeurd',
  WITHDRAWN: 'ingetrokken',
};

export const actionPlanStatusLabels: Record<string, string> = {
  DRAFT: 'ontwerp',
  SUBMITTED: 'ingediend',
  RETURNED: 'teruggestuurd',
  UNDER_REVIEW: 'in beoordeling',
  ADVISED: 'geadviseerd',
  DECIDED: 'beslist',
};

export const roundSeasonLabels: Record<string, string> = { APRIL: 'april', NOVEMBER: 'november' };

export const revocationKindLabels: Record<string, string> = {
  WITHDRAWAL: 'voorstel tot opheffing van de erkenning',
  EXCLUSION: 'voorstel tot uitsluiting van de onderneming',
};
