/** The shell's pages. Paths are Dutch because users see them; the static server falls back to index.html. */
export const paths = {
  home: '/',
  signIn: '/aanmelden',
  search: '/zoeken',
  dualLearning: '/duaal-leren',
  training: '/ondernemersvorming',
  inspection: '/toezicht-en-inspectie',
  accessibility: '/toegankelijkheid',
} as const;

export type PagePath = (typeof paths)[keyof typeof paths];

/**
 * Deep links into the remotes, for the work queues and the search. Each remote reads the rest of the path below its
 * area (see the README: "Links into the areas").
 */
export const areaLinks = {
  application: (id: string) => `${paths.dualLearning}/aanvragen/${encodeURIComponent(id)}`,
  applications: `${paths.dualLearning}/aanvragen`,
  revocationProposals: `${paths.dualLearning}/opheffingsvoorstellen`,
  workplace: (id: string) => `${paths.dualLearning}/werkplekken/${encodeURIComponent(id)}`,
  company: (id: string) => `${paths.dualLearning}/ondernemingen/${encodeURIComponent(id)}`,
  actionPlan: (id: string) => `${paths.training}/jaaractieplannen/${encodeURIComponent(id)}`,
  actionPlans: `${paths.training}/jaaractieplannen`,
  trainingCentre: (id: string) => `${paths.training}/opleidingscentra/${encodeURIComponent(id)}`,
  track: (id: string) => `${paths.training}/trajecten/${encodeURIComponent(id)}`,
  audit: (id: string) => `${paths.inspection}/doorlichtingen/${encodeURIComponent(id)}`,
  audits: `${paths.inspection}/doorlichtingen`,
  myAudits: `${paths.inspection}/mijn-doorlichtingen`,
  recommendations: `${paths.inspection}/aanbevelingen`,
} as const;

/** The path and the search text of a location, e.g. /zoeken?q=… */
export function searchQueryOf(search: string): string {
  return new URLSearchParams(search).get('q')?.trim() ?? '';
}

/**
 * A list in an area with its filter in the query string, for the work queues' "Toon alle" links: Dutch parameter
 * names like the areas' own (`?erkenning=`), the API's enum values, a repeated name for several values
 * (`?status=SUBMITTED&status=UNDER_REVIEW`). See the README ("Links into the areas") for the parameters per list.
 */
export function listHref(path: string, params: Record<string, string | readonly string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of typeof value === 'string' ? [value] : value) query.append(name, item);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
