import { useCallback, useEffect, useState } from 'react';

export interface ShellLocation {
  path: string;
  /** The query string, with its "?" (e.g. "?q=bakkerij"), or "". */
  search: string;
}

function currentLocation(): ShellLocation {
  return { path: window.location.pathname, search: window.location.search };
}

/**
 * Routing with the History API, without a router library: the current path and query, and a navigate function that
 * pushes a new history entry. Back and forward buttons work through popstate.
 */
export function useLocationPath(): [ShellLocation, (href: string) => void] {
  const [location, setLocation] = useState(currentLocation);

  useEffect(() => {
    const onPopState = () => setLocation(currentLocation());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((href: string) => {
    const url = new URL(href, window.location.origin);
    if (url.pathname + url.search !== window.location.pathname + window.location.search) {
      window.history.pushState(null, '', url.pathname + url.search + url.hash);
    }
    setLocation({ path: url.pathname, search: url.search });
  }, []);

  return [location, navigate];
}

/** Lets ordinary links navigate inside the app, keeping modifier-clicks (new tab) for the browser. */
export function isPlainLeftClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
