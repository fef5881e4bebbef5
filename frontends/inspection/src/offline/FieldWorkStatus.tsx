import { Button } from '@werkplek/ui';
import type { FieldWork } from './useFieldWork.js';

/**
 * Where the inspector sees that the connection is gone and what is still on the device. The live region is always
 * rendered, so screen readers hear it change ("offline — opgeslagen op dit toestel", then "alles is verzonden").
 */
export function FieldWorkStatus({ work }: { work: FieldWork }) {
  const { state, offline, store, flush } = work;
  const waiting = state.queue.filter((entry) => !entry.error);
  const refused = state.queue.filter((entry) => entry.error);

  let title: string;
  let text: string;
  let tone: 'warning' | 'info' | 'success';
  if (offline) {
    tone = 'warning';
    title = 'Offline — opgeslagen op dit toestel';
    text =
      waiting.length > 0
        ? `${waiting.length} ${waiting.length === 1 ? 'wijziging wacht' : 'wijzigingen wachten'} op verbinding en ${waiting.length === 1 ? 'wordt' : 'worden'} daarna vanzelf verzonden.`
        : 'Wat u invult, wordt op dit toestel bewaard en verzonden zodra er weer verbinding is.';
  } else if (waiting.length > 0) {
    tone = 'info';
    title = 'Bezig met verzenden';
    text = `${waiting.length} ${waiting.length === 1 ? 'wijziging wordt' : 'wijzigingen worden'} verzonden.`;
  } else {
    tone = 'success';
    title = 'Alles is verzonden';
    text = 'Er wacht niets meer op dit toestel.';
  }

  return (
    <section className={`wp-inspection__field-status wp-inspection__field-status--${tone}`} aria-label="Verbinding en wachtende wijzigingen">
      <div role="status" className={`wp-alert wp-alert--${tone}`}>
        <p className="wp-alert__title">
          <span aria-hidden="true">{offline ? '⚠ ' : waiting.length > 0 ? '↻ ' : '✓ '}</span>
          {title}
        </p>
        <p className="wp-alert__body">{text}</p>
      </div>
      {waiting.length > 0 && (
        <div className="wp-inspection__pending">
          <p className="wp-inspection__pending-title">Nog te verzenden:</p>
          <ul>
            {waiting.map((entry) => (
              <li key={entry.id}>{entry.label}</li>
            ))}
          </ul>
          {!offline && (
            <Button variant="secondary" onClick={() => void flush()}>
              Nu verzenden
            </Button>
          )}
        </div>
      )}
      {refused.length > 0 && (
        <div className="wp-inspection__refused" role="alert">
          <p className="wp-inspection__pending-title">Niet aanvaard door de server:</p>
          <ul>
            {refused.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.label}</strong>: {entry.error}{' '}
                <Button
                  variant="secondary"
                  onClick={() => {
                    store.retry(entry.id);
                    void flush();
                  }}
                >
                  Opnieuw proberen<span className="wp-visually-hidden">: {entry.label}</span>
                </Button>{' '}
                <Button variant="secondary" onClick={() => store.remove(entry.id)}>
                  Verwijderen<span className="wp-visually-hidden">: {entry.label}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
