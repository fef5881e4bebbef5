import { Suspense, lazy, useMemo, useState, type ComponentType } from 'react';
import { LoadingIndicator } from '@werkplek/ui';
import type { Area } from './areas.js';
import { RemoteErrorBoundary } from './RemoteErrorBoundary.js';
import { RemoteUnavailable } from './RemoteUnavailable.js';

export interface RemoteAreaProps {
  area: Area;
  load: (area: Area) => Promise<{ default: ComponentType }>;
}

/** Renders a remote's App inside its own error boundary and suspense boundary. */
export function RemoteArea({ area, load }: RemoteAreaProps) {
  // A new attempt gets a new lazy component; React.lazy caches a rejected load forever.
  const [attempt, setAttempt] = useState(0);
  const RemoteApp = useMemo(() => lazy(() => load(area)), [area, load, attempt]);

  return (
    <RemoteErrorBoundary
      key={attempt}
      fallback={() => <RemoteUnavailable area={area} onRetry={() => setAttempt((value) => value + 1)} />}
    >
      <Suspense fallback={<LoadingIndicator label={`De module ${area.title} wordt geladen…`} />}>
        <RemoteApp />
      </Suspense>
    </RemoteErrorBoundary>
  );
}
