import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { DateField } from '@werkplek/ui';
import { formatDate, today, useSubmission } from '@werkplek/frontend-kit';
import { StepForm } from '../shared/StepForm.js';
import { APPEAL_QUERY, SCHEDULE_APPEAL_SESSION, SEND_APPEAL_FILE } from './appeals.operations.js';

/** Plans the session of the appeals commission: a day after today. */
export function ScheduleSessionForm({ appealId, onDone }: { appealId: string; onDone: (message: string) => void }) {
  const id = useId();
  const [sessionOn, setSessionOn] = useState('');
  const submission = useSubmission();
  const [schedule] = useMutation(SCHEDULE_APPEAL_SESSION, { refetchQueries: [{ query: APPEAL_QUERY, variables: { id: appealId } }], awaitRefetchQueries: true });

  function submit() {
    void submission
      .run(() => schedule({ variables: { id: appealId, input: { sessionOn } } }), {
        validate: () => {
          if (!sessionOn) return [{ fieldId: `${id}-on`, message: 'Vul de datum van de zitting in.' }];
          if (sessionOn <= today()) return [{ fieldId: `${id}-on`, message: 'De zitting moet na vandaag liggen.' }];
          return [];
        },
      })
      .then((ok) => ok && onDone(`De zitting is gepland op ${formatDate(sessionOn)}.`));
  }

  return (
    <StepForm title="Zitting plannen" submitLabel="Zitting plannen" submission={submission} onSubmit={submit}>
      <DateField id={`${id}-on`} label="Datum van de zitting" value={sessionOn} min={today()} onChange={(event) => setSessionOn(event.target.value)} error={submission.errorFor(`${id}-on`)} required />
    </StepForm>
  );
}

/** BR-43: the file reaches the commission at the latest 3 working days before the session (the API computes the day). */
export function SendFileForm({ appealId, sessionOn, onDone }: { appealId: string; sessionOn: string | null; onDone: (message: string) => void }) {
  const id = useId();
  const [sentOn, setSentOn] = useState(today());
  const submission = useSubmission();
  const [send] = useMutation(SEND_APPEAL_FILE, { refetchQueries: [{ query: APPEAL_QUERY, variables: { id: appealId } }], awaitRefetchQueries: true });

  function submit() {
    void submission
      .run(() => send({ variables: { id: appealId, input: { fileSentOn: sentOn } } }), {
        validate: () => {
          if (!sentOn) return [{ fieldId: `${id}-on`, message: 'Vul de datum van verzending in.' }];
          if (sentOn > today()) return [{ fieldId: `${id}-on`, message: 'De datum van verzending mag niet in de toekomst liggen.' }];
          return [];
        },
      })
      .then((ok) => ok && onDone('Het dossier is aan de beroepscommissie bezorgd.'));
  }

  return (
    <StepForm title="Dossier aan de commissie bezorgen" submitLabel="Verzending vastleggen" submission={submission} onSubmit={submit}>
      <DateField
        id={`${id}-on`}
        label="Verzonden op"
        hint={sessionOn ? `Uiterlijk 3 werkdagen voor de zitting van ${formatDate(sessionOn)} (BR-43).` : 'Uiterlijk 3 werkdagen voor de zitting (BR-43).'}
        value={sentOn}
        max={today()}
        onChange={(event) => setSentOn(event.target.value)}
        error={submission.errorFor(`${id}-on`)}
        required
      />
    </StepForm>
  );
}
