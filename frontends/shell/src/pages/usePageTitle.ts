import { useEffect } from 'react';

/** Every page has its own document title so screen reader users know where a navigation landed (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Werkplek`;
  }, [title]);
}
