import { createHash } from 'node:crypto';

/**
 * Stable ids of the demonstration data. Each subgraph seeds its own database, but an inspection's seed must point at
 * workplaces and training centres that live in other subgraphs, as real data does through federation: so the
 * demonstration entities get fixed ids, known here. Real data never uses these.
 */
export const demoReferences = {
  trainingCentres: {
    'syntra-midden-vlaanderen': '5a7c1d2e-0001-4a00-8000-000000000001',
    'syntra-brussel': '5a7c1d2e-0001-4a00-8000-000000000002',
    'syntra-west': '5a7c1d2e-0001-4a00-8000-000000000003',
    'syntra-antwerpen-vlaams-brabant': '5a7c1d2e-0001-4a00-8000-000000000004',
    'syntra-limburg': '5a7c1d2e-0001-4a00-8000-000000000005',
  },
  workplaces: {
    'bakkerij-vandenbroucke': '5a7c1d2e-0002-4a00-8000-000000000001',
    'bouwonderneming-janssens': '5a7c1d2e-0002-4a00-8000-000000000002',
    'garage-peeters': '5a7c1d2e-0002-4a00-8000-000000000003',
    'hotel-aan-de-leie': '5a7c1d2e-0002-4a00-8000-000000000004',
    'kapsalon-lotte': '5a7c1d2e-0002-4a00-8000-000000000005',
    'elektro-wouters': '5a7c1d2e-0002-4a00-8000-000000000006',
  },
} as const;

/** A stable UUID from a name, so that seeded rows keep their ids on every machine (dev sign-in, links, tests). */
export function stableDemoId(name: string): string {
  const hex = createHash('sha256').update(`werkplek:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A partnership of the dual-learning seed by its code (e.g. "sp-bouw"): other domains' seeds point at it. */
export const demoPartnershipId = (code: string) => stableDemoId(`partnership:${code}`);
