import { useApolloClient } from '@apollo/client/react';
import { TextStepForm } from '../shared/TextStepForm.js';
import { knownSteps } from '../shared/knownSteps.js';
import { APPEAL_QUERY, TAKE_APPEAL_INTERIM_DECISION, WITHDRAW_APPEAL } from './appeals.operations.js';
import { AssignCaseHandlerForm } from './AssignCaseHandlerForm.js';
import { ScheduleSessionForm, SendFileForm } from './AppealDateStepForm.js';
import { DecideAppealForm } from './DecideAppealForm.js';

/** The step names of Appeal.allowedSteps this screen has a form for (services/dual-learning/docs/appeal.md). */
const appealStepNames = ['assignCaseHandler', 'scheduleSession', 'sendFile', 'interimDecision', 'confirm', 'annul', 'withdraw'] as const;
type ServerAppealStep = (typeof appealStepNames)[number];
/** One form records the commission's final decision, confirming or annulling (BR-45). */
export type AppealStep = Exclude<ServerAppealStep, 'confirm' | 'annul'> | 'decide';

/**
 * The server's allowedSteps (role, BR-43: decisions only once the file was sent) as this screen's forms, in the server's
 * order; `confirm` and `annul` become the one decision form.
 */
export function offeredAppealSteps(allowed: readonly string[]): AppealStep[] {
  const steps: AppealStep[] = [];
  for (const step of knownSteps(appealStepNames, allowed)) {
    const offered: AppealStep = step === 'confirm' || step === 'annul' ? 'decide' : step;
    if (!steps.includes(offered)) steps.push(offered);
  }
  return steps;
}

export interface AppealStepsProps {
  appeal: { id: string; decidedByAgency: boolean; sessionOn: string | null };
  steps: readonly AppealStep[];
  onDone: (message: string) => void;
}

/** The forms of the appeal steps allowed now. */
export function AppealSteps({ appeal, steps, onDone }: AppealStepsProps) {
  const client = useApolloClient();
  const refetch = { refetchQueries: [{ query: APPEAL_QUERY, variables: { id: appeal.id } }], awaitRefetchQueries: true };
  return (
    <>
      {steps.map((step) => {
        switch (step) {
          case 'assignCaseHandler':
            return <AssignCaseHandlerForm key={step} appealId={appeal.id} decidedByAgency={appeal.decidedByAgency} onDone={onDone} />;
          case 'scheduleSession':
            return <ScheduleSessionForm key={step} appealId={appeal.id} onDone={onDone} />;
          case 'sendFile':
            return <SendFileForm key={step} appealId={appeal.id} sessionOn={appeal.sessionOn} onDone={onDone} />;
          case 'decide':
            return <DecideAppealForm key={step} appealId={appeal.id} onDone={onDone} />;
          case 'interimDecision':
            return (
              <TextStepForm
                key={step}
                onDone={onDone}
                spec={{
                  title: 'Tussenbeslissing: bijkomende informatie vragen',
                  submitLabel: 'Tussenbeslissing vastleggen',
                  success: 'De tussenbeslissing is vastgelegd; plan een nieuwe zitting.',
                  field: { label: 'Welke informatie vraagt de commissie?', what: 'de vraag', min: 10, max: 5000 },
                  send: (request) => client.mutate({ mutation: TAKE_APPEAL_INTERIM_DECISION, variables: { id: appeal.id, request: request ?? '' }, ...refetch }),
                }}
              />
            );
          case 'withdraw':
            return (
              <TextStepForm
                key={step}
                onDone={onDone}
                spec={{
                  title: 'Beroep intrekken (op vraag van de appellant)',
                  submitLabel: 'Beroep intrekken',
                  success: 'Het beroep is ingetrokken.',
                  field: { label: 'Reden', what: 'de reden', min: 0, optional: true },
                  send: (reason) => client.mutate({ mutation: WITHDRAW_APPEAL, variables: { id: appeal.id, reason }, ...refetch }),
                }}
              />
            );
        }
      })}
    </>
  );
}
