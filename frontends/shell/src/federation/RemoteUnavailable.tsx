import { Alert, Button } from '@werkplek/ui';
import { unavailableMessage, type Area } from './areas.js';

export interface RemoteUnavailableProps {
  area: Pick<Area, 'title'>;
  onRetry?: () => void;
}

export function RemoteUnavailable({ area, onRetry }: RemoteUnavailableProps) {
  return (
    <Alert tone="warning" title="Module niet beschikbaar">
      <p>{unavailableMessage(area)}</p>
      {onRetry && (
        <p>
          <Button variant="secondary" onClick={onRetry}>
            Opnieuw proberen
          </Button>
        </p>
      )}
    </Alert>
  );
}
