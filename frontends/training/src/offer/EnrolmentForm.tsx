import { useDeferredValue, useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, DateField, FormErrorSummary, NumberField, RadioGroup, SelectField, StatusMessage, SubmitButton, TextField, type FormError } from '@werkplek/ui';
import { SubmissionResult, formatDate, isCentreUser, today, useSubmission, type User } from '@werkplek/frontend-kit';
import type { TrackComponent } from '../gql/graphql.js';
import { componentLabels } from '../shared/labels.js';
import { ENROL_MUTATION, ENROLMENT_TRACKS_QUERY, REGISTER_TRAINING_LEARNER_MUTATION, TRAINING_LEARNERS_QUERY } from './offer.operations.js';

type LearnerMode = 'EXISTING' | 'NEW';
const modeOptions: { value: LearnerMode; label: string; hint?: string }[] = [
  { value: 'EXISTING', label: 'Bestaande cursist', hint: 'Zoek op naam; een centrum vindt de cursisten die al bij het centrum ingeschreven zijn.' },
  { value: 'NEW', label: 'Nieuwe cursist registreren' },
];

export interface EnrolmentFormProps {
  user?: User | undefined;
  onDone: (confirmation: string) => void | Promise<void>;
  onCancel: () => void;
  /** Today in Brussels (yyyy-mm-dd); a parameter for tests. */
  todayIs?: string;
}

/** The course year runs from 1 July; its number is its first calendar year (2019 = 2019-2020). */
export function courseYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? year : year - 1;
}

/**
 * Register an enrolment (inschrijving) of an existing learner, or of a learner registered first, in a track of the
 * centre (learner.md). A centre user sees only its own centre's tracks; the service checks the centre again.
 */
export function EnrolmentForm({ user, onDone, onCancel, todayIs = today() }: EnrolmentFormProps) {
  const ids = {
    mode: 'training-enrol-mode',
    search: 'training-enrol-search',
    learner: 'training-enrol-learner',
    name: 'training-enrol-name',
    birthDate: 'training-enrol-birth-date',
    track: 'training-enrol-track',
    component: 'training-enrol-component',
    courseYear: 'training-enrol-course-year',
    enrolledOn: 'training-enrol-on',
  };
  const [mode, setMode] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [learnerId, setLearnerId] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  // A learner registered by an earlier attempt whose enrolment failed: a retry enrols them instead of registering twice.
  const [registered, setRegistered] = useState<{ id: string; name: string } | undefined>();
  const [trackId, setTrackId] = useState('');
  const [component, setComponent] = useState('');
  const [courseYear, setCourseYear] = useState(String(courseYearOf(todayIs)));
  const [enrolledOn, setEnrolledOn] = useState(todayIs);
  const submission = useSubmission();
  const [register] = useMutation(REGISTER_TRAINING_LEARNER_MUTATION);
  const [enrol] = useMutation(ENROL_MUTATION);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const searchTerm = useDeferredValue(search.trim());
  const learners = useQuery(TRAINING_LEARNERS_QUERY, {
    variables: { search: searchTerm, page: { first: 20 } },
    skip: mode !== 'EXISTING' || searchTerm.length < 2,
  });
  const centreFilter = isCentreUser(user) && user?.centreId ? { centreId: user.centreId } : {};
  const tracks = useQuery(ENROLMENT_TRACKS_QUERY, { variables: { filter: centreFilter } });
  // An assigned track belongs to no centre and takes no enrolment here (the service refuses it).
  const trackOptions = (tracks.data?.tracks.nodes ?? []).filter((track) => track.centre);
  const track = trackOptions.find((candidate) => candidate.id === trackId);
  const found = learners.data?.trainingLearners;

  function chooseTrack(id: string) {
    setTrackId(id);
    const chosen = trackOptions.find((candidate) => candidate.id === id);
    setComponent(chosen?.components.length === 1 ? chosen.components[0]! : '');
  }

  function validate(): FormError[] {
    const errors: FormError[] = [];
    if (!registered) {
      if (!mode) errors.push({ fieldId: ids.mode, message: 'Kies een bestaande cursist of registreer een nieuwe.' });
      if (mode === 'EXISTING' && !learnerId) errors.push({ fieldId: ids.learner, message: 'Zoek en kies de cursist.' });
      if (mode === 'NEW') {
        const length = name.trim().length;
        if (length < 2 || length > 120) errors.push({ fieldId: ids.name, message: 'De naam telt 2 tot 120 tekens.' });
        if (birthDate && !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) errors.push({ fieldId: ids.birthDate, message: 'Geef een geldige geboortedatum.' });
        else if (birthDate > todayIs) errors.push({ fieldId: ids.birthDate, message: 'De geboortedatum ligt niet in de toekomst.' });
      }
    }
    if (!track) errors.push({ fieldId: ids.track, message: 'Kies het traject.' });
    if (track && !track.components.includes(component as TrackComponent)) errors.push({ fieldId: ids.component, message: 'Kies de component.' });
    const year = Number(courseYear);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      errors.push({ fieldId: ids.courseYear, message: 'Geef het cursusjaar als jaartal, bv. 2019 voor 2019-2020.' });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(enrolledOn)) errors.push({ fieldId: ids.enrolledOn, message: 'Geef de inschrijvingsdatum.' });
    else if (Number.isInteger(year) && (enrolledOn < `${year}-01-01` || enrolledOn > `${year + 1}-06-30`)) {
      // The service's window: 1 January of the course year up to 30 June of the next.
      errors.push({ fieldId: ids.enrolledOn, message: `De inschrijvingsdatum valt in cursusjaar ${year}-${year + 1}: van 1 januari ${year} tot 30 juni ${year + 1}.` });
    }
    return errors;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submission.run(
      async () => {
        let learner = registered ?? (mode === 'EXISTING' ? found?.nodes.find((candidate) => candidate.id === learnerId) : undefined);
        if (!learner) {
          const result = await register({ variables: { input: { name: name.trim(), ...(birthDate ? { birthDate } : {}) } } });
          const created = result.data?.registerTrainingLearner;
          if (!created) throw new Error('De cursist kon niet worden geregistreerd.');
          learner = { id: created.id, name: created.name };
          setRegistered(learner);
        }
        await enrol({
          variables: { input: { learnerId: learner.id, trackId, component: component as TrackComponent, courseYear: Number(courseYear), enrolledOn } },
        });
        await onDone(`${learner.name} is ingeschreven in ${track!.name} op ${formatDate(enrolledOn)}.`);
      },
      { validate },
    );
  }

  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="training-enrol-title">
      <h3 id="training-enrol-title" ref={headingRef} tabIndex={-1}>Inschrijving registreren</h3>
      <FormErrorSummary errors={submission.errors} focusKey={submission.attempts} />
      <SubmissionResult error={submission.error} errorTitle="De inschrijving kon niet worden geregistreerd." />
      {registered ? (
        <StatusMessage tone="info">Cursist {registered.name} is geregistreerd; bewaar opnieuw om de inschrijving te registreren.</StatusMessage>
      ) : (
        <>
          <RadioGroup id={ids.mode} name={ids.mode} legend="Cursist" required options={modeOptions} value={mode} onChange={setMode} error={submission.errorFor(ids.mode)} />
          {mode === 'EXISTING' && (
            <>
              <TextField id={ids.search} label="Zoek op naam" hint="Minstens 2 letters." value={search} onChange={(event) => { setSearch(event.target.value); setLearnerId(''); }} />
              {searchTerm.length >= 2 && (
                <p role="status">{learners.loading ? 'Cursisten worden gezocht…' : found ? `${found.totalCount} cursist(en) gevonden${found.totalCount > found.nodes.length ? `, de eerste ${found.nodes.length} getoond` : ''}.` : ''}</p>
              )}
              <SelectField
                id={ids.learner}
                label="Cursist"
                required
                placeholder={found?.nodes.length ? 'Kies een cursist' : 'Zoek eerst op naam'}
                options={(found?.nodes ?? []).map((candidate) => ({ value: candidate.id, label: candidate.birthDate ? `${candidate.name} (°${formatDate(candidate.birthDate)})` : candidate.name }))}
                value={learnerId}
                error={submission.errorFor(ids.learner)}
                onChange={(event) => setLearnerId(event.target.value)}
              />
            </>
          )}
          {mode === 'NEW' && (
            <>
              <TextField id={ids.name} label="Naam" required autoComplete="off" value={name} error={submission.errorFor(ids.name)} onChange={(event) => setName(event.target.value)} />
              <DateField id={ids.birthDate} label="Geboortedatum" hint="Niet verplicht." max={todayIs} value={birthDate} error={submission.errorFor(ids.birthDate)} onChange={(event) => setBirthDate(event.target.value)} />
            </>
          )}
        </>
      )}
      <SelectField
        id={ids.track}
        label="Traject"
        required
        placeholder={tracks.loading ? 'Trajecten worden geladen…' : 'Kies een traject'}
        options={trackOptions.map((option) => ({ value: option.id, label: isCentreUser(user) ? `${option.name} (${option.code})` : `${option.name} (${option.code}), ${option.centre!.name}` }))}
        value={trackId}
        error={submission.errorFor(ids.track)}
        onChange={(event) => chooseTrack(event.target.value)}
      />
      {track && (
        <SelectField
          id={ids.component}
          label="Component"
          required
          placeholder="Kies een component"
          options={track.components.map((value) => ({ value, label: componentLabels[value] }))}
          value={component}
          error={submission.errorFor(ids.component)}
          onChange={(event) => setComponent(event.target.value)}
        />
      )}
      <NumberField id={ids.courseYear} label="Cursusjaar" required hint="Het eerste kalenderjaar, bv. 2019 voor 2019-2020." value={courseYear} error={submission.errorFor(ids.courseYear)} onChange={(event) => setCourseYear(event.target.value)} />
      <DateField id={ids.enrolledOn} label="Ingeschreven op" required value={enrolledOn} error={submission.errorFor(ids.enrolledOn)} onChange={(event) => setEnrolledOn(event.target.value)} />
      <div className="wp-training__actions">
        <SubmitButton pending={submission.pending} pendingLabel="Bezig met bewaren…">
          Inschrijving bewaren
        </SubmitButton>
        <Button variant="secondary" onClick={onCancel} disabled={submission.pending}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
