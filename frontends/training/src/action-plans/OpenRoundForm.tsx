import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, apiErrorMessage, DateField, type FormError, FormErrorSummary, NumberField, RadioGroup, SelectField, StatusMessage, SubmitButton } from '@werkplek/ui';
import { endOfDayInBrussels } from '@werkplek/frontend-kit';
import type { RoundSeason } from '../gql/graphql.js';
import { optionsOf, seasonLabels } from '../shared/labels.js';
import { ACTION_PLAN_ROUNDS_QUERY, CRITERIA_VERSIONS_QUERY, OPEN_ROUND_MUTATION } from './actionPlans.operations.js';

const ids = { year: 'training-round-year', season: 'training-round-season', deadline: 'training-round-deadline', version: 'training-round-version' } as const;

/** Agency staff open a round (April or November) with its deadline and the criteria version in force on it. */
export function OpenRoundForm() {
  const versions = useQuery(CRITERIA_VERSIONS_QUERY);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [season, setSeason] = useState<string | undefined>();
  const [deadline, setDeadline] = useState('');
  const [versionId, setVersionId] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [opened, setOpened] = useState<string | undefined>();
  const [open, { loading, error }] = useMutation(OPEN_ROUND_MUTATION, { refetchQueries: [ACTION_PLAN_ROUNDS_QUERY] });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempts((value) => value + 1);
    setOpened(undefined);
    const found: FormError[] = [];
    const yearNumber = Number(year);
    if (!Number.isInteger(yearNumber) || yearNumber < 2000 || yearNumber > 2100) found.push({ fieldId: ids.year, message: 'Geef een jaar, bijvoorbeeld 2027.' });
    if (!season) found.push({ fieldId: ids.season, message: 'Kies de ronde: april of november.' });
    if (!deadline) found.push({ fieldId: ids.deadline, message: 'Geef de uiterste indieningsdatum.' });
    else if (Number(deadline.slice(0, 4)) !== yearNumber) found.push({ fieldId: ids.deadline, message: 'De uiterste indieningsdatum valt in het jaar van de ronde.' });
    if (!versionId) found.push({ fieldId: ids.version, message: 'Kies de criteriaversie.' });
    setErrors(found);
    if (found.length > 0) return;
    try {
      // The deadline is the end of that day in Belgium (the service checks the day in UTC, which is the same day).
      await open({ variables: { input: { year: yearNumber, season: season as RoundSeason, deadline: endOfDayInBrussels(deadline), criteriaVersionId: versionId } } });
      setOpened(`De ronde ${seasonLabels[season as RoundSeason]} ${yearNumber} is geopend.`);
    } catch {
      // Shown from error.
    }
  }

  const errorFor = (fieldId: string) => errors.find((candidate) => candidate.fieldId === fieldId)?.message;
  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="training-open-round-title">
      <h3 id="training-open-round-title">Ronde openen</h3>
      {errors.length > 0 && <FormErrorSummary errors={errors} focusKey={attempts} />}
      {error && <Alert title="De ronde kon niet worden geopend.">{apiErrorMessage(error)}</Alert>}
      {opened && <StatusMessage tone="success">{opened}</StatusMessage>}
      <NumberField id={ids.year} label="Jaar" required value={year} onChange={(event) => setYear(event.target.value)} error={errorFor(ids.year)} />
      <RadioGroup id={ids.season} name="season" legend="Ronde" required options={optionsOf(seasonLabels)} value={season} onChange={setSeason} error={errorFor(ids.season)} />
      <DateField id={ids.deadline} label="Uiterste indieningsdatum" required value={deadline} onChange={(event) => setDeadline(event.target.value)} error={errorFor(ids.deadline)} />
      <SelectField
        id={ids.version}
        label="Criteriaversie (kader sturend beleid)"
        required
        placeholder="Kies een versie"
        options={(versions.data?.criteriaVersions ?? []).map((version) => ({ value: version.id, label: `${version.name} (${version.code})` }))}
        value={versionId}
        onChange={(event) => setVersionId(event.target.value)}
        error={errorFor(ids.version)}
      />
      <SubmitButton pending={loading} pendingLabel="Bezig met openen…">
        Ronde openen
      </SubmitButton>
    </form>
  );
}
