import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, DataTable, FilterBar, LoadingIndicator, NumberField, apiErrorMessage, type DataTableColumn } from '@werkplek/ui';
import { SectionHeader, formatDate, formatPercent, useListQuery, useDraftFromQuery, yearFromQuery } from '@werkplek/frontend-kit';
import type { TrainingIndicatorsQuery } from '../gql/graphql.js';
import { markLabels, seasonLabels } from '../shared/labels.js';
import { TRAINING_INDICATORS_QUERY } from './indicators.operations.js';

interface Ratio {
  numerator: number;
  denominator: number;
  percentage: number | null;
  target: number | null;
  meetsTarget: boolean | null;
}
interface IndicatorRow {
  key: string;
  name: string;
  ratio: Ratio;
}

/** The target in words, never by colour alone. */
function targetText(ratio: Ratio): string {
  if (ratio.target === null) return 'geen doelstelling';
  const verdict = ratio.meetsTarget === null ? 'niet te bepalen' : ratio.meetsTarget ? 'gehaald' : 'niet gehaald';
  return `${formatPercent(ratio.target)} – ${verdict}`;
}

const ratioColumns: readonly DataTableColumn<IndicatorRow>[] = [
  { key: 'name', header: 'Indicator', rowHeader: true, render: (row) => row.name },
  { key: 'value', header: 'Waarde', render: (row) => formatPercent(row.ratio.percentage) },
  { key: 'fraction', header: 'Teller / noemer', render: (row) => `${row.ratio.numerator} / ${row.ratio.denominator}` },
  { key: 'target', header: 'Doelstelling', render: (row) => targetText(row.ratio) },
];

type RoundRow = TrainingIndicatorsQuery['actionPlanRecognitions']['rounds'][number];
const roundColumns: readonly DataTableColumn<RoundRow>[] = [
  { key: 'season', header: 'Ronde', rowHeader: true, render: (row) => seasonLabels[row.season] },
  { key: 'dossiers', header: 'Dossiers', render: (row) => String(row.dossiers) },
  { key: 'innovative', header: 'Innovatief', render: (row) => String(row.innovative) },
  { key: 'flexible', header: 'Flexibel', render: (row) => String(row.flexible) },
  { key: 'rework', header: 'Innovatieve herwerking', render: (row) => String(row.innovativeRework) },
  { key: 'not', header: 'Niet erkend', render: (row) => String(row.notRecognised) },
  { key: 'pending', header: 'Nog geen advies', render: (row) => String(row.pending) },
];

function rowsOf(data: TrainingIndicatorsQuery): IndicatorRow[] {
  return [
    { key: 'modules', name: 'Realisatiegraad modules (gestart vóór 15 november)', ratio: data.realisationRate.modules },
    ...data.realisationRate.tracks.map((track) => ({ key: `track-${track.mark}`, name: `Opgestarte trajecten – ${markLabels[track.mark]}`, ratio: track.ratio })),
    { key: 'pk', name: `Getuigschriften beroepskennis (examenjaar ${data.certificateRatios.examYear})`, ratio: data.certificateRatios.professionalKnowledge },
    { key: 'bm', name: `Getuigschriften bedrijfsbeheer (examenjaar ${data.certificateRatios.examYear})`, ratio: data.certificateRatios.businessManagement },
  ];
}

/** The §5 indicators of entrepreneur training for one course year, computed by the service. */
export function IndicatorsPage() {
  // The course year in the URL (`?jaar=2018`), so a shown year can be bookmarked; last year by default.
  const query = useListQuery();
  const year = Number(yearFromQuery(query, 'jaar') || new Date().getFullYear() - 1);
  const [draftYear, setDraftYear] = useDraftFromQuery(query, () => String(year));
  const [yearError, setYearError] = useState<string | undefined>();
  const { data, loading, error } = useQuery(TRAINING_INDICATORS_QUERY, {
    variables: { year, courseYear: year, startableOn: `${year}-09-01` },
  });

  function apply() {
    const next = Number(draftYear);
    if (!Number.isInteger(next) || next < 2000 || next > 2100) {
      setYearError('Geef een jaar, bijvoorbeeld 2018.');
      return;
    }
    setYearError(undefined);
    query.update({ jaar: String(next) });
  }

  return (
    <section>
      <SectionHeader title="Indicatoren ondernemersvorming" description={`Cursusjaar ${year}-${year + 1}; opstartbare trajecten op 1 september ${year}.`} />
      <FilterBar label="Indicatoren kiezen" onSearch={apply} searchLabel="Tonen">
        <NumberField id="training-indicators-year" label="Cursusjaar (eerste kalenderjaar)" value={draftYear} error={yearError} onChange={(event) => setDraftYear(event.target.value)} />
      </FilterBar>
      {loading && !data && <LoadingIndicator label="De indicatoren worden berekend…" />}
      {error && <Alert title="De indicatoren konden niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {data && (
        <>
          <DataTable caption="Realisatie en getuigschriften" columns={ratioColumns} rows={rowsOf(data)} rowKey={(row) => row.key} />
          <h3>Opstartbare trajecten op {formatDate(`${year}-09-01`)}</h3>
          <p>
            {data.startableTracks.distinctTracks} verschillende trajecten met minstens één kenmerk:{' '}
            {data.startableTracks.byMark.map((count) => `${markLabels[count.mark]} ${count.tracks}`).join(', ') || 'geen'}.
          </p>
          <DataTable caption={`(Niet-)erkenningen van de jaaractieplannen ${year}`} columns={roundColumns} rows={data.actionPlanRecognitions.rounds} rowKey={(row) => row.season} emptyText="Geen rondes in dit jaar." />
          <p>
            Diploma&apos;s ondernemerschapstraject: {data.certificateRatios.diplomas}; getuigschriften uitstroom kmo-medewerker:{' '}
            {data.certificateRatios.smeEmployeeCertificates}.
          </p>
        </>
      )}
    </section>
  );
}
