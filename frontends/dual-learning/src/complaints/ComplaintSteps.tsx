import { useApolloClient } from '@apollo/client/react';
import { TextStepForm, type TextStepSpec } from '../shared/TextStepForm.js';
import { knownSteps } from '../shared/knownSteps.js';
import {
  ACKNOWLEDGE_COMPLAINT,
  CLOSE_COMPLAINT,
  COMPLAINT_QUERY,
  DECLARE_COMPLAINT_INADMISSIBLE,
  INVESTIGATE_COMPLAINT_FURTHER,
  RECORD_COMPLAINT_INVESTIGATIVE_ACT,
  START_COMPLAINT_INVESTIGATION,
} from './complaints.operations.js';
import { DecideComplaintForm } from './DecideComplaintForm.js';
import { RouteComplaintForm } from './RouteComplaintForm.js';

/** The step names of Complaint.allowedSteps this screen has a form for (services/dual-learning/docs/complaint.md). */
const complaintStepNames = [
  'acknowledge',
  'declareInadmissible',
  'route',
  'startInvestigation',
  'recordInvestigativeAct',
  'decide',
  'investigateFurther',
  'close',
] as const;
export type ComplaintStep = (typeof complaintStepNames)[number];

/** The server's allowedSteps this screen offers (BR-50, routing and reports are the server's to judge). */
export const offeredComplaintSteps = (allowed: readonly string[]): ComplaintStep[] => knownSteps(complaintStepNames, allowed);

export interface ComplaintStepsProps {
  complaint: { id: string; kind: string; partnership: { id: string } | null };
  steps: readonly ComplaintStep[];
  onDone: (message: string) => void;
}

/** The forms of the steps the procedure allows now, in the order they are usually taken. */
export function ComplaintSteps({ complaint, steps, onDone }: ComplaintStepsProps) {
  const client = useApolloClient();
  const id = complaint.id;
  const what = complaint.kind === 'REPORT' ? 'melding' : 'klacht';
  const refetch = { refetchQueries: [{ query: COMPLAINT_QUERY, variables: { id } }], awaitRefetchQueries: true };

  // The steps with one text (or none): their mutation differs, the form does not.
  const textSteps: Partial<Record<ComplaintStep, TextStepSpec>> = {
    acknowledge: {
      title: 'Ontvangst bevestigen',
      submitLabel: 'Ontvangst bevestigen',
      success: `De ontvangst van de ${what} is bevestigd.`,
      field: { label: 'Toelichting bij de ontvankelijkheid', what: 'de toelichting', min: 0, optional: true },
      send: (note) => client.mutate({ mutation: ACKNOWLEDGE_COMPLAINT, variables: { id, input: note ? { note } : null }, ...refetch }),
    },
    declareInadmissible: {
      title: 'Onontvankelijk verklaren',
      submitLabel: 'Onontvankelijk verklaren',
      success: 'De klacht is onontvankelijk verklaard.',
      field: { label: 'Reden van onontvankelijkheid', hint: 'De indiener krijgt deze motivering.', what: 'de reden', min: 10 },
      send: (reason) => client.mutate({ mutation: DECLARE_COMPLAINT_INADMISSIBLE, variables: { id, reason: reason ?? '' }, ...refetch }),
    },
    startInvestigation: {
      title: 'Onderzoek starten',
      submitLabel: 'Onderzoek starten',
      success: 'Het onderzoek is gestart.',
      field: { label: 'Notitie', what: 'de notitie', min: 0, optional: true },
      send: (note) => client.mutate({ mutation: START_COMPLAINT_INVESTIGATION, variables: { id, note }, ...refetch }),
    },
    recordInvestigativeAct: {
      title: 'Onderzoeksdaad registreren',
      submitLabel: 'Onderzoeksdaad registreren',
      success: 'De onderzoeksdaad is geregistreerd.',
      field: { label: 'Beschrijving van de onderzoeksdaad', hint: 'Ze wordt vermeld in de afsluitende e-mail.', what: 'de beschrijving', min: 5 },
      send: (description) => client.mutate({ mutation: RECORD_COMPLAINT_INVESTIGATIVE_ACT, variables: { id, description: description ?? '' }, ...refetch }),
    },
    close: {
      title: 'Afsluiten',
      submitLabel: `${what === 'klacht' ? 'Klacht' : 'Melding'} afsluiten`,
      success: `De ${what} is afgesloten; de afsluitende e-mail staat hieronder.`,
      send: () => client.mutate({ mutation: CLOSE_COMPLAINT, variables: { id }, ...refetch }),
    },
    investigateFurther: {
      title: 'Verder onderzoeken',
      submitLabel: 'Verder onderzoeken',
      success: 'Het onderzoek is heropend.',
      field: { label: 'Waarom verder onderzoeken?', what: 'de reden', min: 5 },
      send: (reason) => client.mutate({ mutation: INVESTIGATE_COMPLAINT_FURTHER, variables: { id, reason: reason ?? '' }, ...refetch }),
    },
  };

  return (
    <>
      {steps.map((step) => {
        if (step === 'route') return <RouteComplaintForm key={step} complaintId={id} partnershipId={complaint.partnership?.id} onDone={onDone} />;
        if (step === 'decide') return <DecideComplaintForm key={step} complaintId={id} onDone={onDone} />;
        const spec = textSteps[step];
        return spec ? <TextStepForm key={step} spec={spec} onDone={onDone} /> : null;
      })}
    </>
  );
}
