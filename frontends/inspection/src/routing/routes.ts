import { useArea } from '@werkplek/frontend-kit';

/** The pages of the area, below its base path (e.g. /toezicht-en-inspectie/doorlichtingen/<id>). */
export type Route =
  | { name: 'audits'; mine: boolean }
  | { name: 'audit'; id: string }
  | { name: 'annualPlan'; year?: number }
  | { name: 'recommendations' }
  | { name: 'riskWeights' }
  | { name: 'notFound' };

export const routePaths = {
  audits: '/doorlichtingen',
  mine: '/mijn-doorlichtingen',
  audit: (id: string) => `/doorlichtingen/${encodeURIComponent(id)}`,
  annualPlan: (year?: number) => (year === undefined ? '/jaarplanning' : `/jaarplanning/${year}`),
  recommendations: '/aanbevelingen',
  riskWeights: '/risicogewichten',
} as const;

/** Reads a path below the base path. The area's own root shows the audits (the shell links there). */
export function parseRoute(subPath: string): Route {
  const path = subPath.replace(/\/+$/, '') || '/';
  if (path === '/' || path === routePaths.audits) return { name: 'audits', mine: false };
  if (path === routePaths.mine) return { name: 'audits', mine: true };
  if (path === routePaths.recommendations) return { name: 'recommendations' };
  if (path === routePaths.riskWeights) return { name: 'riskWeights' };
  const audit = /^\/doorlichtingen\/([^/]+)$/.exec(path);
  if (audit?.[1]) return { name: 'audit', id: decodeURIComponent(audit[1]) };
  if (path === '/jaarplanning') return { name: 'annualPlan' };
  const plan = /^\/jaarplanning\/(\d{4})$/.exec(path);
  if (plan?.[1]) return { name: 'annualPlan', year: Number(plan[1]) };
  return { name: 'notFound' };
}

/** The page the area shows now. */
export function useRoute(): Route {
  return parseRoute(useArea().path);
}
