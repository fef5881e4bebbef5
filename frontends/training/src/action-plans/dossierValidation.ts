import type { DossierKind, TrackComponent, TrackMark, TrainingDossierInput } from '../gql/graphql.js';

/** What the dossier form edits; strings as typed, converted to the API input only when valid. */
export interface DossierFormValues {
  kind: DossierKind;
  trackId: string;
  title: string;
  sectorId: string;
  partners: string;
  requestedMarks: TrackMark[];
  components: TrackComponent[];
  durationMonths: string;
  /** Argument per criterion id. */
  arguments: Record<string, string>;
}

export const emptyDossier: DossierFormValues = {
  kind: 'NEW_TRACK',
  trackId: '',
  title: '',
  sectorId: '',
  partners: '',
  requestedMarks: [],
  components: [],
  durationMonths: '',
  arguments: {},
};

export const dossierFieldIds = {
  kind: 'training-dossier-kind',
  trackId: 'training-dossier-track',
  title: 'training-dossier-title',
  sectorId: 'training-dossier-sector',
  requestedMarks: 'training-dossier-marks',
  components: 'training-dossier-components',
  durationMonths: 'training-dossier-duration',
  argument: (criterionId: string) => `training-dossier-argument-${criterionId}`,
} as const;

export type DossierErrors = Partial<Record<'kind' | 'trackId' | 'title' | 'sectorId' | 'requestedMarks' | 'components' | 'durationMonths', string>> & {
  arguments?: Record<string, string>;
};

/**
 * The checks the service also makes, in Dutch next to the field; `criterionIds` are the criteria of the requested
 * marks in the round's version.
 */
export function validateDossier(values: DossierFormValues, criterionIds: readonly string[]): DossierErrors {
  const errors: DossierErrors = {};
  if (values.kind === 'INNOVATIVE_REWORK' && !values.trackId) errors.trackId = 'Kies het traject dat u herwerkt.';
  if (values.title.trim().length === 0) errors.title = 'Geef de titel van het dossier.';
  else if (values.title.trim().length < 3) errors.title = 'De titel is te kort (minstens 3 tekens).';
  else if (values.title.trim().length > 200) errors.title = 'De titel is te lang (hoogstens 200 tekens).';
  if (!values.sectorId) errors.sectorId = 'Kies de sector.';
  if (values.requestedMarks.length === 0) errors.requestedMarks = 'Kies minstens één kenmerk.';
  if (values.components.length === 0) errors.components = 'Kies minstens één component.';
  const duration = Number(values.durationMonths);
  if (values.durationMonths.trim() === '') errors.durationMonths = 'Geef de doorlooptijd in maanden.';
  else if (!Number.isInteger(duration) || duration < 1 || duration > 72) errors.durationMonths = 'De doorlooptijd is een geheel aantal maanden tussen 1 en 72.';
  const argumentErrors: Record<string, string> = {};
  for (const criterionId of criterionIds) {
    const length = (values.arguments[criterionId] ?? '').trim().length;
    if (length > 0 && length < 10) argumentErrors[criterionId] = 'De argumentatie telt minstens 10 tekens.';
    else if (length > 4000) argumentErrors[criterionId] = 'De argumentatie telt hoogstens 4000 tekens.';
  }
  if (Object.keys(argumentErrors).length > 0) errors.arguments = argumentErrors;
  // Arguments are optional per criterion (a criterion left empty counts as not met at the advice), but a mark
  // without any argument cannot be recognised: ask for at least one.
  if (criterionIds.length > 0 && criterionIds.every((criterionId) => (values.arguments[criterionId] ?? '').trim().length === 0)) {
    errors.arguments = { [criterionIds[0]!]: 'Argumenteer minstens één criterium van de aangevraagde kenmerken.' };
  }
  return errors;
}

export function hasErrors(errors: DossierErrors): boolean {
  return Object.keys(errors).some((key) => key !== 'arguments') || Object.keys(errors.arguments ?? {}).length > 0;
}

export function toDossierInput(values: DossierFormValues, criterionIds: readonly string[]): TrainingDossierInput {
  return {
    kind: values.kind,
    ...(values.kind === 'INNOVATIVE_REWORK' ? { trackId: values.trackId } : {}),
    title: values.title.trim(),
    sectorId: values.sectorId,
    partners: values.partners
      .split('\n')
      .map((partner) => partner.trim())
      .filter(Boolean),
    requestedMarks: values.requestedMarks,
    components: values.components,
    durationMonths: Number(values.durationMonths),
    cases: criterionIds
      .map((criterionId) => ({ criterionId, argument: (values.arguments[criterionId] ?? '').trim() }))
      .filter((criterionCase) => criterionCase.argument.length > 0),
  };
}
