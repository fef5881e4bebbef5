import { Suspense, lazy, useMemo, useRef, useState, type ComponentType } from 'react';
import type { RemoteAppProps } from '@werkplek/frontend-kit';
import { LoadingIndicator } from '@werkplek/ui';
import type { User } from '@werkplek/auth/roles';
import type { Area } from './areas.js';
import { RemoteErrorBoundary } from './RemoteErrorBoundary.js';
import { RemoteUnavailable } from './RemoteUnavailable.js';

// What the shell gives every remote's App (the user and the area's path): defined once, in the kit the remotes use.
export type { RemoteAppProps } from '@werkplek/frontend-kit';

export interface RemoteAreaProps {
  area: Area;
  user: User;
  load: (area: Area) => Promise<{ default: ComponentType<RemoteAppProps> }>;
}

/**
 * Renders a remote's App inside its own error boundary and suspense boundary: a remote that fails to load or throws
 * while rendering shows a message with "Opnieuw proberen" in its area, and the rest of the shell keeps working.
 */
export function RemoteArea({ area, user, load }: RemoteAreaProps) {
  // A new attempt gets a new lazy component, hence a fresh load(area): React.lazy caches a rejected load forever.
  const [attempt, setAttempt] = useState(0);
  const RemoteApp = useMemo(() => lazy(() => load(area)), [area, load, attempt]);
  const container = useRef<HTMLDivElement>(null);

  const retry = () => {
    setAttempt((value) => value + 1);
    // The retry button disappears while loading: keep focus in the area instead of losing it to the body.
    container.current?.focus();
  };

  return (
    <div ref={container} tabIndex={-1} className="wp-shell__remote" aria-label={`Module ${area.title}`} role="region">
      <RemoteErrorBoundary
        key={attempt}
        fallback={() => <RemoteUnavailable area={area} onRetry={retry} focusRetry={attempt > 0} />}
      >
        <Suspense fallback={<LoadingIndicator label={`De module ${area.title} wordt geladen…`} />}>
          <RemoteApp user={user} basePath={area.path} />
        </Suspense>
      </RemoteErrorBoundary>
    </div>
  );
}
