import { DataTable, DescriptionList, StatusBadge, type DataTableColumn } from '@werkplek/ui';
import { AreaLink, formatDateTime } from '@werkplek/frontend-kit';
import { adviceLabels, componentLabels, dossierKindLabels, markLabels } from '../shared/labels.js';
import type { ActionPlan } from './ActionPlanDetail.js';

type Dossier = ActionPlan['dossiers'][number];
type Case = Dossier['cases'][number];

/** "Voldaan" / "Niet voldaan" in words, never by colour alone. */
export function metLabel(met: boolean | null): string {
  return met === null ? 'Nog niet beoordeeld' : met ? 'Voldaan' : 'Niet voldaan';
}

const caseColumns: readonly DataTableColumn<Case>[] = [
  {
    key: 'criterion',
    header: 'Criterium',
    rowHeader: true,
    render: (row) => (
      <>
        {markLabels[row.criterion.mark]} {row.criterion.code}
        {row.criterion.required ? ' (verplicht)' : ''}: {row.criterion.text}
      </>
    ),
  },
  { key: 'argument', header: 'Argumentatie van het centrum', render: (row) => row.argument },
  {
    key: 'met',
    header: 'Beoordeling',
    render: (row) => (
      <StatusBadge tone={row.met === null ? 'neutral' : row.met ? 'success' : 'warning'}>{metLabel(row.met)}</StatusBadge>
    ),
  },
  { key: 'motivation', header: 'Motivering', render: (row) => row.motivation ?? '–' },
];

export interface DossierCardProps {
  planId: string;
  dossier: Dossier;
  sectorName: string;
  canEdit: boolean;
  canReview: boolean;
}

/** A training dossier with the centre's arguments per criterion and the agency's assessment and advice. */
export function DossierCard({ planId, dossier, sectorName, canEdit, canReview }: DossierCardProps) {
  const base = `/jaaractieplannen/${encodeURIComponent(planId)}/dossiers/${encodeURIComponent(dossier.id)}`;
  const cases = [...dossier.cases].sort((a, b) => a.criterion.mark.localeCompare(b.criterion.mark) || a.criterion.position - b.criterion.position);
  return (
    <section className="wp-training__dossier" aria-label={`Opleidingsdossier ${dossier.title}`}>
      <h4>{dossier.title}</h4>
      <DescriptionList
        items={[
          { term: 'Soort', description: dossierKindLabels[dossier.kind] },
          { term: 'Sector', description: sectorName },
          { term: 'Aangevraagde kenmerken', description: dossier.requestedMarks.map((mark) => markLabels[mark]).join(', ') },
          { term: 'Componenten', description: dossier.components.map((component) => componentLabels[component]).join(', ') },
          { term: 'Doorlooptijd', description: `${dossier.durationMonths} maanden` },
          { term: 'Partners', description: dossier.partners.length > 0 ? dossier.partners.join(', ') : 'geen' },
          {
            term: 'Advies',
            description: dossier.advice ? `${adviceLabels[dossier.advice]} (${formatDateTime(dossier.advisedAt)})` : 'nog geen advies',
          },
          ...(dossier.adviceMotivation ? [{ term: 'Motivering van het advies', description: dossier.adviceMotivation }] : []),
          ...(dossier.programmed ? [{ term: 'Programma', description: 'Vastgelegd door de Raad van bestuur' }] : []),
        ]}
      />
      <DataTable
        caption={`Argumentatie per criterium – ${dossier.title}`}
        columns={caseColumns}
        rows={cases}
        rowKey={(row) => row.id}
        emptyText="Geen argumentatie per criterium."
      />
      <p className="wp-training__actions">
        {canEdit && <AreaLink to={base}>Dossier {dossier.title} wijzigen</AreaLink>}
        {canReview && <AreaLink to={`${base}/beoordelen`}>Dossier {dossier.title} beoordelen en adviseren</AreaLink>}
      </p>
    </section>
  );
}
