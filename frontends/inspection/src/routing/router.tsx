import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from 'react';

/** The pages of the area, below its base path (e.g. /toezicht-en-inspectie/doorlichtingen/<id>). */
export type Route =
  | { name: 'audits'; mine: boolean }
  | { name: 'audit'; id: string }
  | { name: 'annualPlan'; year?: number }
  | { name: 'recommendations' }
  | { name: 'notFound' };

export const routePaths = {
  audits: '/doorlichtingen',
  mine: '/mijn-doorlichtingen',
  audit: (id: string) => `/doorlichtingen/${encodeURIComponent(id)}`,
  annualPlan: (year?: number) => (year === undefined ? '/jaarplanning' : `/jaarplanning/${year}`),
  recommendations: '/aanbevelingen',
} as const;

/** Reads a path below the base path. The area's own root shows the audits (the shell links there). */
export function parseRoute(subPath: string): Route {
  const path = subPath.replace(/\/+$/, '') || '/';
  if (path === '/' || path === routePaths.audits) return { name: 'audits', mine: false };
  if (path === routePaths.mine) return { name: 'audits', mine: true };
  if (path === routePaths.recommendations) return { name: 'recommendations' };
  const audit = /^\/doorlichtingen\/([^/]+)$/.exec(path);
  if (audit?.[1]) return { name: 'audit', id: decodeURIComponent(audit[1]) };
  if (path === '/jaarplanning') return { name: 'annualPlan' };
  const plan = /^\/jaarplanning\/(\d{4})$/.exec(path);
  if (plan?.[1]) return { name: 'annualPlan', year: Number(plan[1]) };
  return { name: 'notFound' };
}

interface RouterValue {
  route: Route;
  basePath: string;
  /** Goes to a path below the base path and adds a history entry. */
  navigate: (subPath: string) => void;
  /** Incremented by every navigation inside the area: pages move focus to their heading when it is above 0. */
  navigationCount: number;
}

const RouterContext = createContext<RouterValue | undefined>(undefined);

function subPathOf(basePath: string): string {
  const { pathname } = window.location;
  if (basePath && pathname.startsWith(basePath)) return pathname.slice(basePath.length) || '/';
  return basePath ? '/' : pathname;
}

/**
 * A tiny router on window.location and the History API (no router dependency: the shell has none either). It owns
 * only the part of the path below the area's base path; back and forward work through popstate.
 */
export function AreaRouter({ basePath, children }: { basePath: string; children: ReactNode }) {
  const [subPath, setSubPath] = useState(() => subPathOf(basePath));
  const [navigationCount, setNavigationCount] = useState(0);

  useEffect(() => {
    const onPopState = () => {
      setSubPath(subPathOf(basePath));
      setNavigationCount((count) => count + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [basePath]);

  const navigate = useCallback(
    (next: string) => {
      const href = `${basePath}${next}`;
      if (window.location.pathname !== href) window.history.pushState(null, '', href);
      setSubPath(next);
      setNavigationCount((count) => count + 1);
    },
    [basePath],
  );

  const value = useMemo(() => ({ route: parseRoute(subPath), basePath, navigate, navigationCount }), [subPath, basePath, navigate, navigationCount]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside AreaRouter');
  return value;
}

/** Keeps modifier-clicks (new tab, new window) for the browser. */
function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function AppLink({ to, children, className, current }: { to: string; children: ReactNode; className?: string; current?: boolean }) {
  const { basePath, navigate } = useRouter();
  return (
    <a
      href={`${basePath}${to}`}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

/**
 * Focus management after navigation inside the area (WCAG 2.4.3): the new page's heading takes focus so screen
 * readers announce it. Not on the first render, where the shell decides where focus goes.
 */
export function usePageHeadingFocus(): RefObject<HTMLHeadingElement | null> {
  const ref = useRef<HTMLHeadingElement>(null);
  const { navigationCount } = useRouter();
  useEffect(() => {
    if (navigationCount > 0) ref.current?.focus();
  }, [navigationCount]);
  return ref;
}
