import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useArea } from './AreaRouter.js';

export interface AreaLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A path below the area, e.g. "/aanvragen/123". */
  to: string;
  /** Marks the link as the current page (aria-current="page"), e.g. in the area's navigation. */
  current?: boolean;
}

/** Keeps modifier-clicks (new tab, new window) and other buttons for the browser. */
export function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** A real link (keyboard, new tab, copy link all work) that navigates inside the area on a plain click. */
export function AreaLink({ to, current, onClick, children, 'aria-current': ariaCurrent, ...rest }: AreaLinkProps) {
  const { href, navigate } = useArea();
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event)) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a {...rest} href={href(to)} onClick={handleClick} aria-current={current ? 'page' : ariaCurrent}>
      {children}
    </a>
  );
}
