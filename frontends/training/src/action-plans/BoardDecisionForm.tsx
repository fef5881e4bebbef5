import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, apiErrorMessage, DateField, type FormError, FormErrorSummary, SelectField, StatusMessage, SubmitButton } from '@werkplek/ui';
import type { ActionPlanRoundsQuery } from '../gql/graphql.js';
import { roundLabel } from '../shared/labels.js';
import { ACTION_PLAN_ROUNDS_QUERY, RECORD_BOARD_DECISION_MUTATION } from './actionPlans.operations.js';

type Round = ActionPlanRoundsQuery['actionPlanRounds'][number];
const ids = { round: 'training-decision-round', date: 'training-decision-date' } as const;

/** The board (Raad van bestuur) decides a round in December: advised dossiers become tracks with their marks. */
export function BoardDecisionForm({ rounds }: { rounds: readonly Round[] }) {
  const [roundId, setRoundId] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [done, setDone] = useState<string | undefined>();
  const [record, { loading, error }] = useMutation(RECORD_BOARD_DECISION_MUTATION, { refetchQueries: [ACTION_PLAN_ROUNDS_QUERY] });
  const open = rounds.filter((round) => round.status !== 'DECIDED');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempts((value) => value + 1);
    setDone(undefined);
    const found: FormError[] = [];
    if (!roundId) found.push({ fieldId: ids.round, message: 'Kies de ronde.' });
    if (!decidedOn) found.push({ fieldId: ids.date, message: 'Geef de datum van de beslissing.' });
    else if (decidedOn.slice(5, 7) !== '12') found.push({ fieldId: ids.date, message: 'De Raad van bestuur beslist in december.' });
    setErrors(found);
    if (found.length > 0) return;
    try {
      await record({ variables: { roundId, decidedOn } });
      setDone('De beslissing is vastgelegd; de geadviseerde dossiers zijn nu trajecten met hun kenmerken.');
    } catch {
      // Shown from error.
    }
  }

  const errorFor = (fieldId: string) => errors.find((candidate) => candidate.fieldId === fieldId)?.message;
  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="training-decision-title">
      <h3 id="training-decision-title">Beslissing van de Raad van bestuur</h3>
      {errors.length > 0 && <FormErrorSummary errors={errors} focusKey={attempts} />}
      {error && <Alert title="De beslissing werd geweigerd.">{apiErrorMessage(error)}</Alert>}
      {done && <StatusMessage tone="success">{done}</StatusMessage>}
      <SelectField
        id={ids.round}
        label="Ronde"
        required
        placeholder={open.length === 0 ? 'Geen ronde zonder beslissing' : 'Kies een ronde'}
        options={open.map((round) => ({ value: round.id, label: roundLabel(round) }))}
        value={roundId}
        onChange={(event) => setRoundId(event.target.value)}
        error={errorFor(ids.round)}
      />
      <DateField id={ids.date} label="Datum van de beslissing" required value={decidedOn} onChange={(event) => setDecidedOn(event.target.value)} error={errorFor(ids.date)} />
      <SubmitButton pending={loading} pendingLabel="Bezig met vastleggen…">
        Beslissing vastleggen
      </SubmitButton>
    </form>
  );
}
