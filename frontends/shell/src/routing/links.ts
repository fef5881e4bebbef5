import type { MouseEvent } from 'react';

/** Props for an in-app link: its href and a click handler that navigates without a page load. */
export type LinkProps = (href: string) => { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void };
