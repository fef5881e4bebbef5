import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, DateField, FormErrorSummary, RadioGroup, SelectField, SubmitButton, TextAreaField, sortRows, type CsvColumn, type DataTableColumn, type FormError, type SortState } from '@werkplek/ui';
import { SubmissionResult, formatDate, today, useArea, useListQuery, useSubmission } from '@werkplek/frontend-kit';
import type { DualLearningGuidanceActionsQuery, FollowUpMode, GuidanceActionType, VisitPurpose } from '../gql/graphql.js';
import { followUpModeLabels, guidanceActionTypeLabels, label, options, visitPurposeLabels } from '../shared/labels.js';
import { GUIDANCE_ACTIONS_QUERY, GUIDANCE_WORKPLACES_QUERY, RECORD_GUIDANCE_ACTION } from './guidance.operations.js';

type GuidanceRow = DualLearningGuidanceActionsQuery['guidanceActions'][number];
const isVisit = (type: string) => type.endsWith('_VISIT');

const columns: readonly DataTableColumn<GuidanceRow>[] = [
  { key: 'on', header: 'Datum', rowHeader: true, sortKey: 'on', sortValue: (row) => row.performedOn, render: (row) => formatDate(row.performedOn) },
  { key: 'type', header: 'Actie', sortKey: 'type', sortValue: (row) => label(guidanceActionTypeLabels, row.type), render: (row) => label(guidanceActionTypeLabels, row.type) },
  { key: 'purpose', header: 'Doel', render: (row) => label(visitPurposeLabels, row.purpose) },
  { key: 'mode', header: 'Opvolging', render: (row) => label(followUpModeLabels, row.mode) },
  { key: 'by', header: 'Door', render: (row) => row.performedByName },
  { key: 'findings', header: 'Vaststellingen', render: (row) => row.findings ?? '' },
  { key: 'next', header: 'Volgende actie', sortKey: 'next', sortValue: (row) => row.nextActionOn, render: (row) => formatDate(row.nextActionOn) },
];

const csvColumns: readonly CsvColumn<GuidanceRow>[] = [
  { header: 'Datum', value: (row) => row.performedOn },
  { header: 'Actie', value: (row) => label(guidanceActionTypeLabels, row.type) },
  { header: 'Doel', value: (row) => label(visitPurposeLabels, row.purpose) },
  { header: 'Opvolging', value: (row) => label(followUpModeLabels, row.mode) },
  { header: 'Door', value: (row) => row.performedByName },
  { header: 'Vaststellingen', value: (row) => row.findings ?? '' },
  { header: 'Volgende actie', value: (row) => row.nextActionOn ?? '' },
];

function RecordGuidanceForm({ workplaceId }: { workplaceId: string }) {
  const id = useId();
  const [type, setType] = useState('');
  const [purpose, setPurpose] = useState('');
  const [mode, setMode] = useState<string | undefined>();
  const [performedOn, setPerformedOn] = useState(today());
  const [nextActionOn, setNextActionOn] = useState('');
  const [findings, setFindings] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const action = useSubmission();
  const [record] = useMutation(RECORD_GUIDANCE_ACTION, { refetchQueries: [{ query: GUIDANCE_ACTIONS_QUERY, variables: { workplaceId } }], awaitRefetchQueries: true });
  const errorFor = (name: string) => errors.find((error) => error.fieldId === `${id}-${name}`)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!type) found.push({ fieldId: `${id}-type`, message: 'Kies de soort begeleidingsactie.' });
    if (type && isVisit(type) && !purpose) found.push({ fieldId: `${id}-purpose`, message: 'Kies het doel van het bezoek.' });
    if (!mode) found.push({ fieldId: `${id}-mode`, message: 'Kies reactief of proactief.' });
    if (!performedOn) found.push({ fieldId: `${id}-on`, message: 'Vul de datum in.' });
    if (nextActionOn && performedOn && nextActionOn < performedOn) found.push({ fieldId: `${id}-next`, message: 'De volgende actie ligt na de datum van deze actie.' });
    setErrors(found);
    setAttempts((value) => value + 1);
    if (found.length > 0 || !mode) return;
    const ok = await action.run(
      () =>
        record({
          variables: {
            input: {
              workplaceId,
              type: type as GuidanceActionType,
              mode: mode as FollowUpMode,
              performedOn,
              ...(isVisit(type) && purpose ? { purpose: purpose as VisitPurpose } : {}),
              ...(findings.trim() ? { findings: findings.trim() } : {}),
              ...(nextActionOn ? { nextActionOn } : {}),
            },
          },
        }),
      { success: 'De begeleidingsactie is geregistreerd.' },
    );
    if (ok) {
      setType('');
      setPurpose('');
      setFindings('');
      setNextActionOn('');
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Begeleidingsactie registreren</h3>
      <FormErrorSummary errors={errors} focusKey={attempts} />
      <SelectField id={`${id}-type`} label="Soort actie" placeholder="Kies een actie" options={options(guidanceActionTypeLabels)} value={type} onChange={(event) => setType(event.target.value)} error={errorFor('type')} required />
      {isVisit(type) && <SelectField id={`${id}-purpose`} label="Doel van het bezoek" placeholder="Kies een doel" options={options(visitPurposeLabels)} value={purpose} onChange={(event) => setPurpose(event.target.value)} error={errorFor('purpose')} required />}
      <RadioGroup id={`${id}-mode`} legend="Opvolging" name={`${id}-mode`} options={options(followUpModeLabels)} value={mode} onChange={setMode} error={errorFor('mode')} required />
      <DateField id={`${id}-on`} label="Datum" value={performedOn} onChange={(event) => setPerformedOn(event.target.value)} error={errorFor('on')} required />
      <TextAreaField label="Vaststellingen (optioneel)" rows={3} value={findings} onChange={(event) => setFindings(event.target.value)} />
      <DateField id={`${id}-next`} label="Volgende actie op (optioneel)" value={nextActionOn} onChange={(event) => setNextActionOn(event.target.value)} error={errorFor('next')} />
      <SubmitButton pending={action.pending}>Actie registreren</SubmitButton>
      <SubmissionResult error={action.error} confirmation={action.confirmation} />
    </form>
  );
}

/**
 * Guidance actions (begeleidingsacties) per workplace, and registering a new one. The chosen workplace is in the URL
 * (Back, bookmarks): `werkplekken/:id` on its own page, `?werkplek=<id>` below the workplaces list. The table's sort
 * stays on the page: on the list page the workplaces list owns `sortering`.
 */
export function GuidancePage({ initialWorkplaceId }: { initialWorkplaceId?: string | undefined }) {
  const query = useListQuery();
  const { navigate } = useArea();
  const workplaceId = initialWorkplaceId ?? query.get('werkplek') ?? '';
  const setWorkplaceId = (id: string) =>
    initialWorkplaceId !== undefined ? navigate(id ? `werkplekken/${encodeURIComponent(id)}` : 'werkplekken') : query.update({ werkplek: id });
  const [sort, setSort] = useState<SortState | undefined>({ key: 'on', direction: 'descending' });
  const workplaces = useQuery(GUIDANCE_WORKPLACES_QUERY);
  const actions = useQuery(GUIDANCE_ACTIONS_QUERY, { variables: { workplaceId }, skip: !workplaceId });
  const rows = sortRows(actions.data?.guidanceActions ?? [], columns, sort);
  const workplaceName = workplaces.data?.workplaces.find((w) => w.id === workplaceId)?.name ?? '';

  return (
    <>
      <SelectField
        label="Werkplek"
        placeholder="Kies een werkplek"
        options={[...(workplaces.data?.workplaces ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((w) => ({ value: w.id, label: `${w.name} (${w.municipality})` }))}
        value={workplaceId}
        onChange={(event) => setWorkplaceId(event.target.value)}
      />
      {workplaceId ? (
        <>
          <div className="wp-dl-toolbar">
            <CsvExportButton fileName="begeleidingsacties.csv" columns={csvColumns} rows={rows} />
          </div>
          {/* One workplace has few actions: the API returns them all, so sorting happens here and there are no pages. */}
          <DataTable caption={`Begeleidingsacties bij ${workplaceName}`} columns={columns} rows={rows} rowKey={(row) => row.id} emptyText="Nog geen begeleidingsacties bij deze werkplek." sort={sort} onSortChange={setSort} loading={actions.loading} error={actions.error} onRetry={() => void actions.refetch()} />
          <RecordGuidanceForm workplaceId={workplaceId} />
        </>
      ) : (
        <p>Kies een werkplek om de begeleidingsacties te zien.</p>
      )}
    </>
  );
}
