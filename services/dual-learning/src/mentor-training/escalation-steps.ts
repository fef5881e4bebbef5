/**
 * What a partnership does when a mentor of a recognised workplace has not followed the mandatory mentor training
 * (§3.5, BR-21, BR-24), as data per partnership code: months after the recognition's validFrom → the step due then.
 * The step due for a mentor is the last one whose `afterMonths` has passed. Partnerships without their own timeline
 * get `defaultEscalation` (a reminder once the deadline passed).
 */
export interface EscalationStep {
  afterMonths: number;
  code: string;
  nl: string;
  en: string;
  /** The learner's contract stops on the next 31 August or 31 January (Horeca, BR-24, BR-35). */
  stopsContract?: boolean;
}

export const escalationSteps: Record<string, readonly EscalationStep[]> = {
  // Horeca: 2-day leermeesteropleiding; reminder at 4 months, sanction at 6 (contract stopped 31 Aug / 31 Jan, BR-35).
  'sp-horeca': [
    { afterMonths: 4, code: 'REMINDER_LETTER', nl: 'Herinneringsbrief: opleiding volgen binnen 6 maanden, dringend inschrijven', en: 'Reminder letter: follow the training within 6 months, register urgently' },
    { afterMonths: 6, code: 'STOP_TRAINING_LEARNERS', stopsContract: true, nl: 'Brief: de mentor mag geen leerling meer opleiden; het contract stopt op 31 augustus of 31 januari', en: 'Letter: the mentor may no longer train a learner; the contract stops on 31 August or 31 January' },
  ],
  // Bouw (pedagogisch attest, Tabel 22).
  'sp-bouw': [
    { afterMonths: 0, code: 'PHONE_CALLS', nl: 'Telefonisch contact door de regio (tot drie keer)', en: 'Phone calls from the regional office (up to three times)' },
    { afterMonths: 3, code: 'LAST_CHANCE_LETTER', nl: "Brief 'laatste kans'", en: "'Last chance' letter" },
    { afterMonths: 5, code: 'CALL_ACTION', nl: 'Belactie door de regio', en: 'Call action by the regions' },
    { afterMonths: 6, code: 'WITHDRAW_IF_NOT_INTERESTED', nl: 'Erkenning opheffen als de onderneming niet meer geïnteresseerd is', en: 'Withdraw the recognition if the company is no longer interested' },
    { afterMonths: 8, code: 'TEMPORARY_EXCLUSION', nl: 'Tijdelijke uitsluiting als de mentoropleiding niet gevolgd is', en: 'Temporary exclusion if the mentor training was not followed' },
  ],
  // Haartooi: register ≤ 6 months, complete ≤ 12 months; monthly check; mail, phone after a week, registered letter.
  'sp-haartooi': [
    { afterMonths: 6, code: 'INFORMATIVE_MAIL_THEN_PHONE', nl: 'Informatieve mail; zonder reactie na 1 week telefonisch contact', en: 'Informative mail; phone call after 1 week without reaction' },
    { afterMonths: 12, code: 'REGISTERED_LETTER_WITHDRAWAL', nl: 'Aangetekende brief: de erkenning wordt ingetrokken', en: 'Registered letter: the recognition is withdrawn' },
  ],
  // Houtsectoren: within 4 months after recognition.
  'sp-hout': [{ afterMonths: 4, code: 'FOLLOW_UP_UNTRAINED_MENTOR', nl: 'Opvolging ongeschoolde mentor (proces opvolging mentoropleiding)', en: 'Follow-up of the untrained mentor' }],
  // Kleding en confectie: 3 months; contact and 1 month; letter; at most 60 days; (temporary) exclusion procedure.
  'sp-kleding': [
    { afterMonths: 3, code: 'CONTACT_FOLLOW_WITHIN_ONE_MONTH', nl: 'Contact: opleiding volgen binnen 1 maand', en: 'Contact: follow the training within 1 month' },
    { afterMonths: 4, code: 'LETTER_OBLIGATION_AND_CONSEQUENCES', nl: 'Brief met de verplichting en de gevolgen (max. 60 dagen)', en: 'Letter repeating the obligation and consequences (max. 60 days)' },
    { afterMonths: 6, code: 'EXCLUSION_PROCEDURE', nl: 'Start procedure (tijdelijke) uitsluiting', en: 'Start the (temporary) exclusion procedure' },
  ],
  // Transport: within 1 year after recognition, as a recognition condition.
  'sp-transport': [{ afterMonths: 12, code: 'RECOGNITION_CONDITION_NOT_MET', nl: 'Erkenningsvoorwaarde niet vervuld: opleiding binnen 1 jaar', en: 'Recognition condition not met: training within 1 year' }],
};

export const defaultEscalation: readonly EscalationStep[] = [
  { afterMonths: 0, code: 'REMINDER', nl: 'Herinnering: de mentoropleiding is verplicht', en: 'Reminder: the mentor training is mandatory' },
];

/** The step due `monthsSinceRecognition` months after the recognition, for a partnership code. */
export function escalationStepDue(partnershipCode: string, monthsSinceRecognition: number): EscalationStep | null {
  const steps = escalationSteps[partnershipCode] ?? defaultEscalation;
  return [...steps].reverse().find((step) => step.afterMonths <= monthsSinceRecognition) ?? null;
}
