import type { ReactNode } from 'react';
import { PageHeader } from '@werkplek/ui';
import { useHeadingFocus } from '../routing/useHeadingFocus.js';

export interface SectionHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** A link back, above the heading. */
  back?: ReactNode;
}

/**
 * A page heading inside an area: the UI kit's PageHeader at level 2, because the shell owns the h1 (the area's title)
 * and a remote's pages start at h2. The heading takes focus after navigation inside the area.
 */
export function SectionHeader(props: SectionHeaderProps) {
  const ref = useHeadingFocus();
  return <PageHeader {...props} level={2} headingRef={ref} />;
}
