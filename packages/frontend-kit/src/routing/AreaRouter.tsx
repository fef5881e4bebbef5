import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';

/** Where the router stands, below the area's base path. */
export interface AreaLocation {
  /** The path below the base path, always starting with "/" ("/" for the area's own root), e.g. "/aanvragen/abc". */
  path: string;
  /** The same path split on "/" and decoded, e.g. ["aanvragen", "abc"]; empty at the area's root. */
  segments: readonly string[];
  /** The query string of the current URL. */
  search: URLSearchParams;
}

export interface AreaRouterValue extends AreaLocation {
  /** Where the shell mounts the area (e.g. "/duaal-leren"); "" on a standalone page that routes from the root. */
  basePath: string;
  /** Goes to a path below the area ("/aanvragen/1", "aanvragen/1" or "/overeenkomsten/nieuw?erkenning=2"). */
  navigate: (to: string) => void;
  /** The href of a path below the area, for links. */
  href: (to: string) => string;
  /**
   * How many times the user moved inside the area (links, back, forward). Pages move focus to their heading only when
   * it is above 0: on the area's first render the shell decides where focus goes.
   */
  navigationCount: number;
  /**
   * Replaces the query string of the current page (a list's filter and sort, see `useListQuery`) with a new history
   * entry, so Back returns to the previous filter and the URL can be shared. Not a navigation: focus stays where it is.
   */
  setSearch: (params: URLSearchParams) => void;
}

const RouterContext = createContext<AreaRouterValue | undefined>(undefined);

/** The href of `to` below `basePath`; "" and "/" mean the area's root. */
export function areaHref(basePath: string, to: string): string {
  const relative = to.replace(/^\/+/, '');
  if (relative === '') return basePath === '' ? '/' : basePath;
  return relative.startsWith('?') ? `${basePath || '/'}${relative}` : `${basePath}/${relative}`;
}

/** The path below `basePath` of a pathname; "/" when the pathname is outside the area. */
export function pathBelow(basePath: string, pathname: string): string {
  if (basePath === '') return pathname || '/';
  if (pathname === basePath) return '/';
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : '/';
}

/** Fired after `setSearch`: a new query string on the same page, which the router reads without counting a navigation. */
const SEARCH_CHANGE_EVENT = 'werkplek:searchchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(SEARCH_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(SEARCH_CHANGE_EVENT, onChange);
  };
}

// The snapshot is a string so that React compares it by value; it is read again on every render, which also covers
// the shell pushing a history entry for its own links (without popstate) and then re-rendering the area.
const currentUrl = () => window.location.pathname + window.location.search;

/**
 * A small router on the History API for one area of the shell (no router library: see the README). It owns only the
 * path below `basePath`. After pushState it dispatches popstate, so the shell's own location hook follows as well.
 */
export function AreaRouter({ basePath, children }: { basePath: string; children: ReactNode }) {
  const url = useSyncExternalStore(subscribe, currentUrl, currentUrl);
  const [navigationCount, setNavigationCount] = useState(0);

  useEffect(() => {
    const onPopState = () => setNavigationCount((count) => count + 1);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const href = useCallback((to: string) => areaHref(basePath, to), [basePath]);
  const navigate = useCallback(
    (to: string) => {
      const target = areaHref(basePath, to);
      if (target !== currentUrl()) window.history.pushState(null, '', target);
      // Also when the target is the current page: the page's heading takes focus again, as after any link.
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    [basePath],
  );

  const setSearch = useCallback((params: URLSearchParams) => {
    const text = params.toString();
    const target = `${window.location.pathname}${text ? `?${text}` : ''}`;
    if (target === currentUrl()) return;
    window.history.pushState(null, '', target);
    window.dispatchEvent(new Event(SEARCH_CHANGE_EVENT));
  }, []);

  const value = useMemo<AreaRouterValue>(() => {
    const parsed = new URL(url, 'http://area.invalid');
    const path = pathBelow(basePath, parsed.pathname);
    const segments = path.split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment));
    return { path, segments, search: parsed.searchParams, basePath, navigate, href, navigationCount, setSearch };
  }, [url, basePath, navigate, href, navigationCount, setSearch]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useArea(): AreaRouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useArea must be used inside <AreaRouter>');
  return value;
}
