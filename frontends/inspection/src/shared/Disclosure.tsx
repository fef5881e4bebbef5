import { useId, useState, type ReactNode } from 'react';

/**
 * A button that shows or hides a form below it. Unlike <details>, the content is mounted only while open, so a
 * closed form neither loads its data (e.g. the auditor register) nor keeps stale input.
 */
export function Disclosure({ label, children, initiallyOpen = false }: { label: ReactNode; children: ReactNode; initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const contentId = useId();
  return (
    <div className="wp-inspection__disclosure">
      <button type="button" className="wp-button wp-button--secondary" aria-expanded={open} aria-controls={open ? contentId : undefined} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && <div id={contentId}>{children}</div>}
    </div>
  );
}
