import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, apiErrorMessage, type FormError, FormErrorSummary, LoadingIndicator, NumberField, RadioGroup, SelectField, SubmitButton, TextAreaField, TextField } from '@werkplek/ui';
import { AreaLink, SectionHeader, useArea } from '@werkplek/frontend-kit';
import type { CriteriaVersionsQuery, DossierKind, TrackComponent, TrackMark } from '../gql/graphql.js';
import { componentLabels, dossierKindLabels, markLabels, marksForKind, optionsOf, roundLabel } from '../shared/labels.js';
import {
  ACTION_PLAN_QUERY,
  ADD_DOSSIER_MUTATION,
  CENTRE_TRACKS_QUERY,
  CRITERIA_VERSIONS_QUERY,
  SECTORS_QUERY,
  UPDATE_DOSSIER_MUTATION,
} from './actionPlans.operations.js';
import type { ActionPlan } from './ActionPlanDetail.js';
import { mayTake } from './ActionPlanDetail.js';
import { CheckboxGroup } from './CheckboxGroup.js';
import {
  dossierFieldIds as ids,
  emptyDossier,
  hasErrors,
  toDossierInput,
  validateDossier,
  type DossierErrors,
  type DossierFormValues,
} from './dossierValidation.js';

type Criterion = CriteriaVersionsQuery['criteriaVersions'][number]['criteria'][number];

function valuesOf(dossier: ActionPlan['dossiers'][number]): DossierFormValues {
  return {
    kind: dossier.kind,
    trackId: dossier.trackId ?? '',
    title: dossier.title,
    sectorId: dossier.sectorId,
    partners: dossier.partners.join('\n'),
    requestedMarks: [...dossier.requestedMarks],
    components: [...dossier.components],
    durationMonths: String(dossier.durationMonths),
    arguments: Object.fromEntries(dossier.cases.map((criterionCase) => [criterionCase.criterionId, criterionCase.argument])),
  };
}

function summaryOf(errors: DossierErrors): FormError[] {
  const list: FormError[] = [];
  for (const key of ['kind', 'trackId', 'title', 'sectorId', 'requestedMarks', 'components', 'durationMonths'] as const) {
    const message = errors[key];
    if (message) list.push({ fieldId: ids[key], message });
  }
  for (const [criterionId, message] of Object.entries(errors.arguments ?? {})) list.push({ fieldId: ids.argument(criterionId), message });
  return list;
}

/** Loads what the form needs, then shows it: the plan (round, centre), the round's criteria, sectors. */
export function DossierFormPage({ planId, dossierId }: { planId: string; dossierId?: string }) {
  const plan = useQuery(ACTION_PLAN_QUERY, { variables: { id: planId } });
  const versions = useQuery(CRITERIA_VERSIONS_QUERY);
  const sectors = useQuery(SECTORS_QUERY);
  const error = plan.error ?? versions.error ?? sectors.error;
  if (error) return <Alert title="Het formulier kon niet worden geladen.">{apiErrorMessage(error)}</Alert>;
  if (!plan.data || !versions.data || !sectors.data) return <LoadingIndicator label="Het dossierformulier wordt geladen…" />;
  const actionPlan = plan.data.actionPlan;
  const dossier = dossierId ? actionPlan.dossiers.find((candidate) => candidate.id === dossierId) : undefined;
  if (dossierId && !dossier) return <Alert title="Dossier niet gevonden.">Dit opleidingsdossier hoort niet bij dit jaaractieplan.</Alert>;
  const version = versions.data.criteriaVersions.find((candidate) => candidate.id === actionPlan.round.criteriaVersionId);
  return (
    <DossierForm
      plan={actionPlan}
      initial={dossier ? valuesOf(dossier) : emptyDossier}
      dossierId={dossierId}
      criteria={version?.criteria ?? []}
      versionName={version?.name ?? ''}
      sectors={sectors.data.sectors}
    />
  );
}

export interface DossierFormProps {
  plan: ActionPlan;
  initial: DossierFormValues;
  dossierId?: string | undefined;
  criteria: readonly Criterion[];
  versionName: string;
  sectors: readonly { id: string; name: string }[];
}

/** Add or edit a training dossier: kind, content, requested marks and the centre's argument per criterion. */
export function DossierForm({ plan, initial, dossierId, criteria, versionName, sectors }: DossierFormProps) {
  const { navigate } = useArea();
  const [values, setValues] = useState<DossierFormValues>(initial);
  const [errors, setErrors] = useState<DossierErrors>({});
  const [attempts, setAttempts] = useState(0);
  const tracks = useQuery(CENTRE_TRACKS_QUERY, { variables: { centreId: plan.centreId }, skip: values.kind !== 'INNOVATIVE_REWORK' });
  const refetchQueries = [{ query: ACTION_PLAN_QUERY, variables: { id: plan.id } }];
  const [add, addState] = useMutation(ADD_DOSSIER_MUTATION, { refetchQueries, awaitRefetchQueries: true });
  const [update, updateState] = useMutation(UPDATE_DOSSIER_MUTATION, { refetchQueries, awaitRefetchQueries: true });
  const pending = addState.loading || updateState.loading;
  const serverError = addState.error ?? updateState.error;

  const allowedMarks = marksForKind[values.kind];
  const argued = criteria
    .filter((criterion) => values.requestedMarks.includes(criterion.mark))
    .sort((a, b) => a.mark.localeCompare(b.mark) || a.position - b.position);
  const criterionIds = argued.map((criterion) => criterion.id);
  const planPath = `/jaaractieplannen/${encodeURIComponent(plan.id)}`;

  if (!mayTake(plan, dossierId ? 'updateTrainingDossier' : 'addTrainingDossier')) {
    return (
      <Alert title="Dit jaaractieplan kan niet meer worden gewijzigd.">
        Een ingediend plan is vergrendeld. <AreaLink to={planPath}>Terug naar het jaaractieplan</AreaLink>
      </Alert>
    );
  }

  function set<Key extends keyof DossierFormValues>(key: Key, value: DossierFormValues[Key]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function setKind(kind: DossierKind) {
    // Marks that do not fit the new kind are dropped, so the form never sends a combination the service refuses.
    setValues((current) => ({ ...current, kind, requestedMarks: current.requestedMarks.filter((mark) => marksForKind[kind].includes(mark)) }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setAttempts((value) => value + 1);
    const found = validateDossier(values, criterionIds);
    setErrors(found);
    if (hasErrors(found)) return;
    const input = toDossierInput(values, criterionIds);
    try {
      if (dossierId) await update({ variables: { dossierId, input } });
      else await add({ variables: { planId: plan.id, input } });
      navigate(planPath);
    } catch {
      // Shown from serverError; the form keeps what the user typed.
    }
  }

  const summary = summaryOf(errors);
  const title = dossierId ? `Opleidingsdossier wijzigen` : 'Opleidingsdossier toevoegen';

  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate>
      <SectionHeader
        title={title}
        back={<AreaLink to={planPath}>‹ Terug naar het jaaractieplan</AreaLink>}
        description={<p>{`${plan.centre.name} – ${roundLabel(plan.round).toLowerCase()}${versionName ? ` (criteria: ${versionName})` : ''}`}</p>}
      />
      {summary.length > 0 && <FormErrorSummary errors={summary} focusKey={attempts} />}
      {serverError && <Alert title="Het dossier kon niet worden bewaard.">{apiErrorMessage(serverError)}</Alert>}
      <RadioGroup
        id={ids.kind}
        name="kind"
        legend="Soort dossier"
        required
        options={optionsOf(dossierKindLabels)}
        value={values.kind}
        onChange={(value) => setKind(value as DossierKind)}
        error={errors.kind}
      />
      {values.kind === 'INNOVATIVE_REWORK' && (
        <SelectField
          id={ids.trackId}
          label="Herwerkt traject"
          hint="Een traject van uw centrum dat al een volledige doorlooptijd kende."
          required
          placeholder={tracks.loading ? 'Trajecten worden geladen…' : 'Kies een traject'}
          options={(tracks.data?.tracks.nodes ?? [])
            .filter((track) => track.completedFullRun)
            .map((track) => ({ value: track.id, label: `${track.name} (${track.code})` }))}
          value={values.trackId}
          onChange={(event) => set('trackId', event.target.value)}
          error={errors.trackId}
        />
      )}
      <TextField id={ids.title} label="Titel" required value={values.title} onChange={(event) => set('title', event.target.value)} error={errors.title} />
      <SelectField
        id={ids.sectorId}
        label="Sector"
        required
        placeholder="Kies een sector"
        options={sectors.map((sector) => ({ value: sector.id, label: sector.name }))}
        value={values.sectorId}
        onChange={(event) => set('sectorId', event.target.value)}
        error={errors.sectorId}
      />
      <TextAreaField
        label="Betrokken partners"
        hint="Eén partner per regel: sectorfederaties, bedrijven, kennisinstellingen."
        rows={3}
        value={values.partners}
        onChange={(event) => set('partners', event.target.value)}
      />
      <CheckboxGroup<TrackMark>
        id={ids.requestedMarks}
        legend="Aangevraagde kenmerken"
        options={allowedMarks.map((mark) => ({ value: mark, label: markLabels[mark] }))}
        values={values.requestedMarks}
        onChange={(marks) => set('requestedMarks', marks)}
        error={errors.requestedMarks}
      />
      <CheckboxGroup<TrackComponent>
        id={ids.components}
        legend="Componenten"
        options={optionsOf(componentLabels)}
        values={values.components}
        onChange={(components) => set('components', components)}
        error={errors.components}
      />
      <NumberField
        id={ids.durationMonths}
        label="Doorlooptijd in maanden"
        required
        min={1}
        max={72}
        value={values.durationMonths}
        onChange={(event) => set('durationMonths', event.target.value)}
        error={errors.durationMonths}
      />
      <fieldset className="wp-fieldset">
        <legend className="wp-fieldset__legend">Argumentatie per criterium</legend>
        {argued.length === 0 ? (
          <p className="wp-field__hint">Kies eerst de aangevraagde kenmerken: hun criteria verschijnen hier.</p>
        ) : (
          <p className="wp-field__hint">
            Een criterium zonder argumentatie telt bij het advies als niet voldaan. Verplichte criteria moeten altijd voldaan zijn.
          </p>
        )}
        {argued.map((criterion) => (
          <TextAreaField
            key={criterion.id}
            id={ids.argument(criterion.id)}
            label={`${markLabels[criterion.mark]} – ${criterion.code}${criterion.required ? ' (verplicht criterium)' : ''}`}
            hint={criterion.text}
            rows={3}
            value={values.arguments[criterion.id] ?? ''}
            onChange={(event) => set('arguments', { ...values.arguments, [criterion.id]: event.target.value })}
            error={errors.arguments?.[criterion.id]}
          />
        ))}
      </fieldset>
      <div className="wp-training__actions">
        <SubmitButton pending={pending} pendingLabel="Bezig met bewaren…">
          {dossierId ? 'Wijzigingen bewaren' : 'Dossier toevoegen'}
        </SubmitButton>
        <AreaLink to={planPath}>Annuleren</AreaLink>
      </div>
    </form>
  );
}
