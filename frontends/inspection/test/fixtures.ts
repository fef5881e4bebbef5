// Mocked API data in the shape of the operations (with __typename, as the cache asks for it).
const q = (code: string, answerType: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'TemplateQuestion',
  id: `00000000-0000-4000-8000-0000000000${code.replace('.', '')}`,
  code,
  section: code.startsWith('1') ? 'Mentor' : 'Welzijn',
  text: `Vraag ${code}`,
  guidance: null,
  answerType,
  choices: [] as string[],
  weight: 2,
  required: true,
  position: Number(code.replace('.', '')),
  ...extra,
});

export const questions = {
  yesNo: q('1.1', 'YES_NO', { text: 'Is er een mentor aangeduid?' }),
  scale: q('1.2', 'SCALE', { text: 'Krijgt de leerling de activiteiten aangeboden?' }),
  number: q('2.1', 'NUMBER', { text: 'Aantal leerlingen op de werkplek', weight: 0 }),
  choice: q('2.2', 'CHOICE', { text: 'Veiligheid en welzijn', choices: ['In orde', 'Werkpunten'] }),
  text: q('2.3', 'TEXT', { text: 'Toelichting van de mentor', required: false, weight: 0 }),
};

export const auditId = '11111111-1111-4111-8111-111111111117';

export function auditDetail(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Audit',
    
    id: auditId,
    reference: 'AUD-2026-0017',
    title: 'Doorlichting werkplek Bouwonderneming Janssens',
    kind: 'WORKPLACE_AUDIT',
    focus: null,
    status: 'IN_PROGRESS',
    statusLabel: 'In uitvoering',
    subjectType: 'WORKPLACE',
    teachingLocation: null,
    scheduledOn: '2026-11-20',
    preparedOn: '2026-11-12',
    preparationPackReceivedOn: null,
    performedOn: '2026-11-20',
    result: null,
    reportSummary: null,
    advice: null,
    reportedOn: null,
    reportedToFlemishPartnershipOn: null,
    reportedToAuditCommitteeOn: null,
    improvementPlanApprovedOn: null,
    closedOn: null,
    cancelledReason: null,
    version: 3,
    team: 'SUPERVISION',
    allowedSteps: ['assign', 'log', 'report', 'cancel', 'uploadEvidence'],
    leadAuditor: { __typename: 'Auditor', version: 1, id: 'els', name: 'Els Claes' },
    assignments: [{ __typename: 'AuditAssignment', id: 'as-1', role: 'LEAD', auditor: { __typename: 'Auditor', version: 1, id: 'els', name: 'Els Claes', organisation: 'AGENCY' } }],
    partnership: { __typename: 'Partnership', version: 1, id: 'sp-bouw', name: 'SP Bouw' },
    trainingCentre: null,
    workplace: { __typename: 'Workplace', id: 'wp-2', name: 'Bouwonderneming Janssens' },
    template: { __typename: 'AuditTemplate', id: 'tpl-1', title: 'Doorlichting erkende werkplek', version: 1 },
    checklist: Object.values(questions).map((question) => ({ __typename: 'ChecklistItem', question, answer: null })),
    checklistScore: {
      __typename: 'ChecklistScore',
      score: 0,
      maxScore: 4,
      percentage: 0,
      answeredCount: 0,
      requiredCount: 4,
      unansweredRequired: [],
    },
    evidence: [] as unknown[],
    revocationProposals: [] as unknown[],
    recognitionRevocations: [] as unknown[],
    findings: [
      {
        __typename: 'Finding',
        version: 1,
        id: 'f-1',
        severity: 'SERIOUS_SHORTCOMING',
        title: 'Geen opleidingsplan voor de leerling',
        description: 'De leerling werkt zonder opleidingsplan.',
        questionId: null,
        resolvedOn: null,
        createdBy: 'Els Claes',
        createdAt: '2026-11-20T10:00:00.000Z',
        isOpen: true,
      },
    ],
    recommendations: [],
    openRecommendationCount: 0,
    overdueRecommendationCount: 0,
    history: [],
    ...overrides,
  };
}

// Mutation answers in the shape of the fragments they select (src/audit/audit.fragments.ts): the same fields as the
// detail query, so the cache gets a whole record, as from the API.

const pick = (source: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, source[key]]));

const auditStateKeys = [
  '__typename', 'id', 'status', 'statusLabel', 'scheduledOn', 'preparedOn', 'preparationPackReceivedOn', 'performedOn', 'result', 'reportSummary',
  'advice', 'reportedOn', 'reportedToFlemishPartnershipOn', 'reportedToAuditCommitteeOn', 'improvementPlanApprovedOn', 'closedOn',
  'cancelledReason', 'version', 'allowedSteps',
] as const;

/** AuditStateFields of the fixture's audit with `overrides` (a step's answer). */
export function auditStateResult(overrides: Record<string, unknown> = {}) {
  return pick(auditDetail(overrides), auditStateKeys);
}

/** AuditStateFields and AuditTeamFields (the answer to a team change). */
export function auditTeamResult(overrides: Record<string, unknown> = {}) {
  return pick(auditDetail(overrides), [...auditStateKeys, 'team', 'leadAuditor', 'assignments']);
}

/** FindingFields: the fixture's finding with `overrides`. */
export function findingResult(overrides: Record<string, unknown> = {}) {
  return { ...auditDetail().findings[0], ...overrides };
}

/** RecommendationFields. */
export function recommendationResult(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Recommendation',
    version: 1,
    id: 'r-1',
    kind: 'RECOMMENDATION',
    description: 'Stel een opleidingsplan op',
    owner: 'Bouwonderneming Janssens',
    agreedDueOn: '2026-01-15',
    status: 'OPEN',
    implementedOn: null,
    evaluatedOn: null,
    evaluationNote: null,
    evaluatedBy: null,
    isOverdue: false,
    daysOverdue: 0,
    finding: null,
    ...overrides,
  };
}

/** EvidenceFields. */
export function evidenceResult(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'EvidenceFile',
    id: 'ev-1',
    findingId: null,
    fileName: 'verslag.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 8,
    description: null,
    uploadedBy: 'Els Claes',
    uploadedAt: '2026-11-20T11:00:00.000Z',
    ...overrides,
  };
}
