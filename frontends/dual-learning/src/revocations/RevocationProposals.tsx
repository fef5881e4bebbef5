import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, sortRows, DateField, FilterBar, FormErrorSummary, RadioGroup, SelectField, StatusBadge, SubmitButton, TextAreaField, type CsvColumn, type DataTableColumn, type FormError } from '@werkplek/ui';
import { AreaLink, SubmissionResult, formatDate, formatDateTime, isoDate, today, useListQuery, useSubmission, type ListQuery, type User, useDraftFromQuery, useUrlSort } from '@werkplek/frontend-kit';
import type { DualLearningRevocationProposalsQuery, RevocationProposalStatus } from '../gql/graphql.js';
import { canHandle, isAgency } from '../session/permissions.js';
import { label, options, revocationKindLabels, revocationStatusLabels } from '../shared/labels.js';
import { DECIDE_REVOCATION_PROPOSAL, REVOCATION_PROPOSALS_QUERY } from './revocations.operations.js';

type Proposal = DualLearningRevocationProposalsQuery['revocationProposals'][number];

const columns: readonly DataTableColumn<Proposal>[] = [
  { key: 'audit', header: 'Doorlichting', rowHeader: true, render: (row) => row.auditReference },
  { key: 'kind', header: 'Voorstel', render: (row) => label(revocationKindLabels, row.kind) },
  { key: 'recognition', header: 'Erkenning', render: (row) => (row.recognition ? <AreaLink to={`erkenningen/${row.recognition.id}`}>{`${row.recognition.workplace.name} – ${row.recognition.training.name}`}</AreaLink> : '') },
  { key: 'reason', header: 'Motivering', render: (row) => row.reason },
  { key: 'received', header: 'Ontvangen', sortKey: 'received', sortValue: (row) => row.receivedAt, render: (row) => formatDate(row.receivedAt) },
  { key: 'status', header: 'Status', render: (row) => <StatusBadge tone={row.status === 'PROPOSED' ? 'warning' : row.status === 'ACCEPTED' ? 'success' : 'neutral'}>{label(revocationStatusLabels, row.status)}</StatusBadge> },
];

const csvColumns: readonly CsvColumn<Proposal>[] = [
  { header: 'Doorlichting', value: (row) => row.auditReference },
  { header: 'Voorstel', value: (row) => label(revocationKindLabels, row.kind) },
  { header: 'Werkplek', value: (row) => row.recognition?.workplace.name ?? '' },
  { header: 'Opleiding', value: (row) => row.recognition?.training.name ?? '' },
  { header: 'Motivering', value: (row) => row.reason },
  { header: 'Uitsluiting tot', value: (row) => row.exclusionUntil ?? '' },
  { header: 'Ontvangen', value: (row) => isoDate(row.receivedAt) },
  { header: 'Status', value: (row) => label(revocationStatusLabels, row.status) },
  { header: 'Beslist door', value: (row) => row.decidedBy ?? '' },
  { header: 'Toelichting', value: (row) => row.decisionNote ?? '' },
];

/** Accept or reject one proposal; accepting withdraws or excludes in the same step (§3.6). */
export function RevocationDecisionForm({ proposal }: { proposal: Proposal }) {
  const id = useId();
  const [choice, setChoice] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const [until, setUntil] = useState(proposal.exclusionUntil ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const action = useSubmission();
  const [decide] = useMutation(DECIDE_REVOCATION_PROPOSAL, { refetchQueries: ['DualLearningRevocationProposals'], awaitRefetchQueries: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!choice) found.push({ fieldId: `${id}-choice`, message: 'Kies aanvaarden of verwerpen.' });
    if (!note.trim()) found.push({ fieldId: `${id}-note`, message: 'Motiveer de beslissing.' });
    if (choice === 'accept' && proposal.kind === 'EXCLUSION' && until && until < today()) found.push({ fieldId: `${id}-until`, message: 'De laatste dag van de uitsluiting ligt niet in het verleden.' });
    setErrors(found);
    setAttempts((value) => value + 1);
    if (found.length > 0) return;
    const accept = choice === 'accept';
    await action.run(
      () => decide({ variables: { input: { id: proposal.id, accept, note: note.trim(), ...(accept && proposal.kind === 'EXCLUSION' && until && until !== proposal.exclusionUntil ? { exclusionUntil: until } : {}) } } }),
      { success: accept ? 'Het voorstel is aanvaard.' : 'Het voorstel is verworpen.' },
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={`Beslissen over het voorstel van ${proposal.auditReference}`} className="wp-dl-card">
      <h3>
        {label(revocationKindLabels, proposal.kind)} na {proposal.auditReference}
      </h3>
      <p>
        {proposal.recognition ? `${proposal.recognition.workplace.name} – ${proposal.recognition.training.name}. ` : ''}
        {proposal.reason} (voorgesteld door {proposal.proposedBy}, ontvangen {formatDateTime(proposal.receivedAt)})
      </p>
      <FormErrorSummary errors={errors} focusKey={attempts} />
      <RadioGroup id={`${id}-choice`} legend="Beslissing" name={`${id}-choice`} options={[{ value: 'accept', label: 'Aanvaarden' }, { value: 'reject', label: 'Verwerpen' }]} value={choice} onChange={setChoice} error={errors.find((e) => e.fieldId === `${id}-choice`)?.message} required />
      {choice === 'accept' && proposal.kind === 'EXCLUSION' && (
        <DateField id={`${id}-until`} label="Laatste dag van de uitsluiting" hint="Leeg: tot de uitsluiting wordt opgeheven." value={until} min={today()} onChange={(event) => setUntil(event.target.value)} error={errors.find((e) => e.fieldId === `${id}-until`)?.message} />
      )}
      <TextAreaField id={`${id}-note`} label="Motivering" rows={2} value={note} onChange={(event) => setNote(event.target.value)} error={errors.find((e) => e.fieldId === `${id}-note`)?.message} required />
      <SubmitButton pending={action.pending}>Beslissing bewaren</SubmitButton>
      <SubmissionResult error={action.error} confirmation={action.confirmation} errorTitle="De beslissing is niet bewaard." />
    </form>
  );
}

const proposalStatuses = Object.keys(revocationStatusLabels) as RevocationProposalStatus[];
/** `?status=alle`: every status. Without a status the list shows the open proposals, the work waiting here. */
const ALL = 'alle';
const DEFAULT_STATUS: RevocationProposalStatus = 'PROPOSED';

function statusOf(query: ListQuery): RevocationProposalStatus | '' {
  if (query.get('status') === ALL) return '';
  return query.getOneOf('status', proposalStatuses) ?? DEFAULT_STATUS;
}

/** Proposals of the inspection to withdraw a recognition or exclude a company; the decision belongs here. */
export function RevocationProposals({ user }: { user: User | undefined }) {
  const query = useListQuery();
  const status = statusOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => statusOf(query));
  const { data, previousData, loading, error, refetch } = useQuery(REVOCATION_PROPOSALS_QUERY, { variables: { status: status || null }, notifyOnNetworkStatusChange: true });
  const [sort, setSort] = useUrlSort(query, ['received']);
  const proposals = sortRows((data ?? previousData)?.revocationProposals ?? [], columns, sort);
  // Partnership staff decide only withdrawals of their own partnership; an exclusion is the agency's (README).
  const decidable = proposals.filter((p) => p.status === 'PROPOSED' && canHandle(user, p.recognition?.partnership.id) && (p.kind === 'WITHDRAWAL' || isAgency(user)));

  return (
    <>
      <FilterBar label="Voorstellen filteren" onSearch={() => query.update({ status: draft || ALL })} onClear={() => { setDraft(''); query.update({ status: ALL }); }}>
        <SelectField label="Status" placeholder="Alle statussen" options={options(revocationStatusLabels)} value={draft} onChange={(event) => setDraft(event.target.value as RevocationProposalStatus | '')} />
      </FilterBar>
      <div className="wp-dl-toolbar">
        <CsvExportButton fileName="opheffingsvoorstellen.csv" columns={csvColumns} rows={proposals} />
      </div>
      {/* The API returns the whole (short) list, newest first: sorting in the browser, no pages needed. */}
      <DataTable caption="Voorstellen tot opheffing of uitsluiting" columns={columns} rows={proposals} rowKey={(row) => row.id} sort={sort} onSortChange={setSort} emptyText={status ? 'Er zijn geen voorstellen met deze status.' : 'Er zijn nog geen voorstellen van de inspectie.'} loading={loading} error={error} onRetry={() => void refetch()} />

      {decidable.map((proposal) => (
        <RevocationDecisionForm key={proposal.id} proposal={proposal} />
      ))}
    </>
  );
}
