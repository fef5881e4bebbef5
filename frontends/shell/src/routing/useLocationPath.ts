import { useCallback, useEffect, useState } from 'react';

/**
 * Routing with the History API, without a router library: the current path, and a navigate function that pushes a
 * new history entry. Back and forward buttons work through popstate.
 */
export function useLocationPath(): [string, (path: string) => void] {
  const [path, setPath] = useState(() => window.location.pathname);

  useEffect(() => {
    const onPopState = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((next: string) => {
    if (next !== window.location.pathname) window.history.pushState(null, '', next);
    setPath(next);
  }, []);

  return [path, navigate];
}

/** Lets ordinary links navigate inside the app, keeping modifier-clicks (new tab) for the browser. */
export function isPlainLeftClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
