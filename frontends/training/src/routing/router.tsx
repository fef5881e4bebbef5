import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/** The shell renders this area at /ondernemersvorming; deep links from the shell (work queue, search) point below it. */
export const DEFAULT_BASE_PATH = '/ondernemersvorming';

interface RouterValue {
  /** The path below the area's base, always starting with "/" (e.g. "/jaaractieplannen/abc"). */
  path: string;
  basePath: string;
  navigate: (to: string) => void;
  /** How often the user navigated inside the area; pages move focus to their heading only after such a navigation. */
  navigationCount: number;
}

const RouterContext = createContext<RouterValue | undefined>(undefined);

function relativePath(pathname: string, basePath: string): string {
  if (!pathname.startsWith(basePath)) return '/';
  const rest = pathname.slice(basePath.length);
  return rest.length === 0 ? '/' : rest.startsWith('/') ? rest : '/';
}

/**
 * A tiny router on window.location + history.pushState, so the remote needs no router dependency and does not
 * depend on the shell's internals. The shell keeps its own path state; it renders the same area for every path
 * below the base, so it need not hear of our navigations.
 */
export function AreaRouter({ basePath = DEFAULT_BASE_PATH, children }: { basePath?: string; children: ReactNode }) {
  // The location is read on every render rather than kept in state: the shell pushes history entries for its own
  // links (e.g. the area link in its navigation) without a popstate event, and re-renders the area when it does.
  const pathname = window.location.pathname;
  const [navigationCount, setNavigationCount] = useState(0);

  useEffect(() => {
    const onPopState = () => setNavigationCount((count) => count + 1);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback(
    (to: string) => {
      const target = `${basePath}${to === '/' ? '' : to}`;
      if (target !== window.location.pathname + window.location.search) {
        window.history.pushState(null, '', target);
      }
      setNavigationCount((count) => count + 1);
      window.scrollTo?.(0, 0);
    },
    [basePath],
  );

  const value = useMemo(
    () => ({ path: relativePath(pathname, basePath), basePath, navigate, navigationCount }),
    [pathname, basePath, navigate, navigationCount],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter must be used inside <AreaRouter>');
  return value;
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A path below the area, e.g. "/jaaractieplannen". */
  to: string;
}

/** A real link (href, middle-click, copy link) that navigates in place on a plain click. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const { basePath, navigate } = useRouter();
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={`${basePath}${to === '/' ? '' : to}`} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}

/** Matches "/jaaractieplannen/:id" style patterns; returns the parameters or undefined. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < patternParts.length; index += 1) {
    const expected = patternParts[index]!;
    const actual = pathParts[index]!;
    if (expected.startsWith(':')) params[expected.slice(1)] = decodeURIComponent(actual);
    else if (expected !== actual) return undefined;
  }
  return params;
}
