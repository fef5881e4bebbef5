import { useEffect, useRef } from 'react';

/**
 * Focus moves to the page's heading when the page (key) changes, so screen readers announce where the user landed
 * after in-area navigation. Skipped on the first page of the area: there the shell manages focus.
 */
let firstPageShown = false;
export function useFocusHeading(key: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}

/** For tests: treat the next page as the first one again. */
export function resetFocusHeading() {
  firstPageShown = false;
}
