/**
 * The fixed mix: the frontends' own list and detail operations (as their screens send them), one that crosses the
 * subgraphs, and one report aggregate. `direct` names the subgraph that answers the same document on its own; an
 * operation whose fields come from several subgraphs has no direct twin (its direct cost is printed per subgraph by the
 * statement counts instead).
 */
export type Subgraph = 'dual-learning' | 'training' | 'inspection';

export interface BenchOperation {
  name: string;
  direct: Subgraph | null;
  query: string;
  variables?: Record<string, unknown>;
}

export const operations: BenchOperation[] = [
  {
    name: 'training centres (simple cached list)',
    direct: 'training',
    query: 'query Centres { trainingCentres { id name code } }',
  },
  {
    name: 'recognition applications list (page of 25)',
    direct: 'dual-learning',
    query: `query Applications($first: Int!) { recognitionApplications(page: { first: $first }) { totalCount nodes {
      id status submittedAt dueOn workplace { id name } training { id name } partnership { id name } } } }`,
    variables: { first: 25 },
  },
  {
    name: 'agreements list (page of 25)',
    direct: 'dual-learning',
    query: `query Agreements($first: Int!) { agreements(page: { first: $first }) { totalCount nodes {
      id number status startDate plannedEndDate workplace { name } learner { name } mentor { name } } } }`,
    variables: { first: 25 },
  },
  {
    name: 'tracks with modules and marks (page of 25)',
    direct: 'training',
    query: `query Tracks($first: Int!) { tracks(page: { first: $first }) { totalCount nodes {
      id code name sector { name } centre { name } modules { code } marks { mark } } } }`,
    variables: { first: 25 },
  },
  {
    name: 'audits with subjects from two other subgraphs (cross-subgraph)',
    direct: null,
    query: `query Audits($first: Int!) { audits(page: { first: $first }) { totalCount nodes {
      id reference title status leadAuditor { name } workplace { name municipality } trainingCentre { name } partnership { name } } } }`,
    variables: { first: 25 },
  },
  {
    name: 'agreements by start year and status (report aggregate)',
    direct: 'dual-learning',
    query: 'query Report($on: LocalDate!) { agreementsByStartYearAndStatus(measuredOn: $on) { startSchoolYear schoolYearLabel } }',
    variables: { on: '2018-06-30' },
  },
];
