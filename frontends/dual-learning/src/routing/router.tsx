import { createContext, useCallback, useContext, useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/** Where the shell mounts this area; the standalone bootstrap uses the same path so deep links are identical. */
export const AREA_BASE = '/duaal-leren';

export interface AreaLocation {
  /** The path below the area, without leading slash, split on "/": e.g. ["aanvragen", "abc"]. */
  segments: readonly string[];
  search: URLSearchParams;
}

interface RouterValue {
  location: AreaLocation;
  navigate: (to: string) => void;
}

const RouterContext = createContext<RouterValue | undefined>(undefined);

function readLocation(base: string): AreaLocation {
  const path = window.location.pathname.startsWith(base) ? window.location.pathname.slice(base.length) : '';
  const segments = path.split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment));
  return { segments, search: new URLSearchParams(window.location.search) };
}

/** An href inside the area, from a relative path such as "aanvragen/123". */
export function areaHref(to: string, base = AREA_BASE): string {
  return to === '' ? base : `${base}/${to.replace(/^\/+/, '')}`;
}

/**
 * A tiny router on the History API (no router dependency: the shell routes the same way and we must not depend on its
 * internals). After pushState it dispatches a popstate event so the shell's own location hook follows too.
 */
export function AreaRouter({ base = AREA_BASE, children }: { base?: string; children: ReactNode }) {
  const [location, setLocation] = useState(() => readLocation(base));

  useEffect(() => {
    const onPopState = () => setLocation(readLocation(base));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [base]);

  const navigate = useCallback(
    (to: string) => {
      const href = areaHref(to, base);
      if (href !== window.location.pathname + window.location.search) {
        window.history.pushState(null, '', href);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }
      setLocation(readLocation(base));
    },
    [base],
  );

  return <RouterContext.Provider value={{ location, navigate }}>{children}</RouterContext.Provider>;
}

export function useAreaRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useAreaRouter outside AreaRouter');
  return value;
}

export interface AreaLinkProps {
  to: string;
  children: ReactNode;
  className?: string;
  'aria-current'?: 'page' | undefined;
}

/** An ordinary link (keyboard, new tab, copy link all work) that navigates inside the area on a plain click. */
export function AreaLink({ to, children, ...rest }: AreaLinkProps) {
  const { navigate } = useAreaRouter();
  const href = areaHref(to);
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
