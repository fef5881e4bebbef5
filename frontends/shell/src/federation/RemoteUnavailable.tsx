import { useEffect, useRef } from 'react';
import { Alert, Button } from '@werkplek/ui';
import { unavailableMessage, type Area } from './areas.js';

export interface RemoteUnavailableProps {
  area: Pick<Area, 'title'>;
  onRetry?: () => void;
  /** After a failed retry, focus returns to the retry button (the one the user pressed is gone). */
  focusRetry?: boolean;
}

export function RemoteUnavailable({ area, onRetry, focusRetry = false }: RemoteUnavailableProps) {
  const retryButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRetry) retryButton.current?.focus();
  }, [focusRetry]);
  return (
    <Alert tone="warning" title="Module niet beschikbaar">
      <p>{unavailableMessage(area)}</p>
      {onRetry && (
        <p>
          <Button ref={retryButton} variant="secondary" onClick={onRetry}>
            Opnieuw proberen
          </Button>
        </p>
      )}
    </Alert>
  );
}
