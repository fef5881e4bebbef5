import { useEffect, useRef, type RefObject } from 'react';
import { useArea } from './AreaRouter.js';

/**
 * Focus management after navigation inside the area (WCAG 2.4.3): the new page's heading (give it tabIndex={-1})
 * takes focus, and so scrolls into view, and screen readers announce where the user landed. Not on the area's first
 * render, where the shell decides where focus goes, and not while the user works on the page.
 */
export function useHeadingFocus<Element extends HTMLElement = HTMLHeadingElement>(): RefObject<Element | null> {
  const ref = useRef<Element>(null);
  const { navigationCount } = useArea();
  useEffect(() => {
    if (navigationCount > 0) ref.current?.focus();
  }, [navigationCount]);
  return ref;
}
