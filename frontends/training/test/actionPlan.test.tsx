import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { AreaRouter, matchPath } from '@werkplek/frontend-kit';
import { ActionPlanDetail } from '../src/action-plans/ActionPlanDetail.js';
import { AdviceForm } from '../src/action-plans/AdviceForm.js';
import { DossierForm } from '../src/action-plans/DossierForm.js';
import { emptyDossier, toDossierInput, validateDossier } from '../src/action-plans/dossierValidation.js';
import {
  ACTION_PLAN_QUERY,
  ADVISE_DOSSIER_MUTATION,
  SECTORS_QUERY,
  SUBMIT_ACTION_PLAN_MUTATION,
} from '../src/action-plans/actionPlans.operations.js';
import { planFixture } from './fixtures.js';

afterEach(cleanup);
beforeEach(() => window.history.pushState(null, '', '/ondernemersvorming/jaaractieplannen/plan-1'));

const sectorsMock: MockLink.MockedResponse = {
  request: { query: SECTORS_QUERY },
  result: { data: { sectors: [{ __typename: 'Sector', id: 'sector-1', code: 'VOE', name: 'Voeding' }] } },
};
const planMock = (plan = planFixture()): MockLink.MockedResponse => ({ request: { query: ACTION_PLAN_QUERY, variables: { id: 'plan-1' } }, result: { data: { actionPlan: plan } } });

describe('action plan detail (centre user)', () => {
  it('shows the deadline, the dossiers and the submit step of a draft', async () => {
    render(
      <MockedProvider mocks={[planMock(), sectorsMock]}>
        <AreaRouter basePath="/ondernemersvorming">
          <ActionPlanDetail id="plan-1" user={{ id: 'u-1', name: 'An', role: 'CENTRE_USER', centreId: 'tc-1' }} now={new Date('2027-03-01T10:00:00Z')} />
        </AreaRouter>
      </MockedProvider>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: /Jaaractieplan Syntra West – ronde april 2027/ })).toBeTruthy();
    expect(screen.getByText('Uiterste indiening', { selector: 'p' }).parentElement?.textContent).toMatch(/30 april 2027/);
    expect(screen.getByRole('heading', { level: 4, name: 'Digitale bakker' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Opleidingsdossier toevoegen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Jaaractieplan indienen' })).toBeTruthy();
    // A centre user does not review.
    expect(screen.queryByRole('link', { name: /beoordelen en adviseren/ })).toBeNull();
  });

  it('shows the server refusal of a late submission, naming the deadline', async () => {
    const late = new GraphQLError('De uiterste indieningsdatum (30 april 2027 23:59) is voorbij / The deadline has passed', {
      extensions: { code: 'INVALID_STATE_TRANSITION' },
    });
    render(
      <MockedProvider
        mocks={[planMock(), sectorsMock, { request: { query: SUBMIT_ACTION_PLAN_MUTATION, variables: { planId: 'plan-1' } }, result: { errors: [late] } }]}
      >
        <AreaRouter basePath="/ondernemersvorming">
          <ActionPlanDetail id="plan-1" user={{ id: 'u-1', name: 'An', role: 'CENTRE_USER', centreId: 'tc-1' }} now={new Date('2027-03-01T10:00:00Z')} />
        </AreaRouter>
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Jaaractieplan indienen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    const alert = await screen.findByText(/De uiterste indieningsdatum \(30 april 2027 23:59\) is voorbij/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });

  it("updates the screen from the submission's answer (the detail fragment), without asking for the plan again", async () => {
    let planAsked = 0;
    const submitted = planFixture({
      status: 'SUBMITTED',
      submittedAt: '2027-03-01T10:00:00Z',
      allowedSteps: [],
      history: [{ __typename: 'StatusChange', id: 'h-1', step: 'submit', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorName: 'An', note: null, at: '2027-03-01T10:00:00Z' }],
      // The generated result types leave out __typename; the mocked cache wants it.
    } as unknown as Parameters<typeof planFixture>[0]);
    render(
      <MockedProvider
        mocks={[
          { request: { query: ACTION_PLAN_QUERY, variables: { id: 'plan-1' } }, result: () => { planAsked += 1; return { data: { actionPlan: planFixture() } }; }, maxUsageCount: 5 },
          sectorsMock,
          { request: { query: SUBMIT_ACTION_PLAN_MUTATION, variables: { planId: 'plan-1' } }, result: { data: { submitActionPlan: submitted } } },
        ]}
      >
        <AreaRouter basePath="/ondernemersvorming">
          <ActionPlanDetail id="plan-1" user={{ id: 'u-1', name: 'An', role: 'CENTRE_USER', centreId: 'tc-1' }} now={new Date('2027-03-01T10:00:00Z')} />
        </AreaRouter>
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Jaaractieplan indienen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    expect(await screen.findByText(/Het jaaractieplan is ingediend/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Jaaractieplan indienen' })).toBeNull());
    expect(screen.queryByRole('link', { name: 'Opleidingsdossier toevoegen' })).toBeNull();
    expect(planAsked).toBe(1);
  });

  it('warns that a draft can no longer be submitted after the deadline', async () => {
    render(
      <MockedProvider mocks={[planMock(), sectorsMock]}>
        <AreaRouter basePath="/ondernemersvorming">
          <ActionPlanDetail id="plan-1" user={{ id: 'u-1', name: 'An', role: 'CENTRE_USER', centreId: 'tc-1' }} now={new Date('2027-05-02T10:00:00Z')} />
        </AreaRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText('De indieningstermijn is verstreken')).toBeTruthy();
  });
});

describe('action plan detail (agency staff)', () => {
  it('offers the review of a submitted plan, and advising once under review', async () => {
    render(
      <MockedProvider mocks={[planMock(planFixture({ status: 'UNDER_REVIEW', submittedAt: '2027-04-20T10:00:00Z', allowedSteps: ['assessCriterion', 'adviseDossier', 'returnForChanges'] })), sectorsMock]}>
        <AreaRouter basePath="/ondernemersvorming">
          <ActionPlanDetail id="plan-1" user={{ id: 'u-1', name: 'Els', role: 'AGENCY_STAFF' }} />
        </AreaRouter>
      </MockedProvider>,
    );
    expect(await screen.findByRole('link', { name: 'Dossier Digitale bakker beoordelen en adviseren' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Terugsturen voor aanpassing' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Jaaractieplan indienen' })).toBeNull();
  });
});

describe('action plan steps come from the server (allowedSteps)', () => {
  it('shows exactly the listed steps, nothing the caller may not take', async () => {
    render(
      <MockedProvider mocks={[planMock(planFixture({ status: 'SUBMITTED', allowedSteps: ['startReview', 'returnForChanges'] })), sectorsMock]}>
        <AreaRouter basePath="/ondernemersvorming">
          <ActionPlanDetail id="plan-1" user={{ id: 'u-1', name: 'Els', role: 'AGENCY_STAFF' }} />
        </AreaRouter>
      </MockedProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Beoordeling starten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Terugsturen voor aanpassing' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Jaaractieplan indienen' })).toBeNull();
    expect(screen.queryByRole('link', { name: /beoordelen en adviseren/ })).toBeNull();
  });

  it('offers no step on a draft when the server lists none (e.g. another centre, or the round decided)', async () => {
    render(
      <MockedProvider mocks={[planMock(planFixture({ allowedSteps: [] })), sectorsMock]}>
        <AreaRouter basePath="/ondernemersvorming">
          <ActionPlanDetail id="plan-1" user={{ id: 'u-1', name: 'An', role: 'CENTRE_USER', centreId: 'tc-1' }} now={new Date('2027-03-01T10:00:00Z')} />
        </AreaRouter>
      </MockedProvider>,
    );
    await screen.findByRole('heading', { level: 4, name: 'Digitale bakker' });
    expect(screen.queryByRole('button', { name: 'Jaaractieplan indienen' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Opleidingsdossier toevoegen' })).toBeNull();
    expect(screen.queryByRole('link', { name: /wijzigen/ })).toBeNull();
  });
});

describe('dossier form', () => {
  it('shows Dutch messages next to the fields and in a summary that takes focus', async () => {
    const plan = planFixture({ dossiers: [] });
    render(
      <MockedProvider mocks={[]}>
        <AreaRouter basePath="/ondernemersvorming">
          <DossierForm plan={plan} initial={emptyDossier} criteria={[]} versionName="2018-2019" sectors={[{ id: 'sector-1', name: 'Voeding' }]} />
        </AreaRouter>
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dossier toevoegen' }));
    const summary = await screen.findByRole('heading', { name: 'Er is een probleem' });
    expect(summary).toBeTruthy();
    expect(screen.getAllByText('Geef de titel van het dossier.').length).toBe(2);
    expect(screen.getAllByText('Kies minstens één kenmerk.').length).toBe(2);
    expect(screen.getByRole('textbox', { name: /Titel/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('validates and builds the API input', () => {
    const values = {
      ...emptyDossier,
      title: 'Digitale bakker',
      sectorId: 'sector-1',
      partners: 'Bakkersfederatie\n\n  Hogeschool  ',
      requestedMarks: ['INNOVATIVE' as const],
      components: ['PROFESSIONAL_KNOWLEDGE' as const],
      durationMonths: '24',
      arguments: { 'crit-1': 'Nieuwe digitale technieken.', 'crit-2': '' },
    };
    expect(validateDossier(values, ['crit-1', 'crit-2'])).toEqual({});
    expect(validateDossier({ ...values, durationMonths: '80' }, ['crit-1']).durationMonths).toMatch(/tussen 1 en 72/);
    expect(validateDossier({ ...values, arguments: { 'crit-1': 'kort' } }, ['crit-1']).arguments?.['crit-1']).toMatch(/minstens 10 tekens/);
    expect(toDossierInput(values, ['crit-1', 'crit-2'])).toEqual({
      kind: 'NEW_TRACK',
      title: 'Digitale bakker',
      sectorId: 'sector-1',
      partners: ['Bakkersfederatie', 'Hogeschool'],
      requestedMarks: ['INNOVATIVE'],
      components: ['PROFESSIONAL_KNOWLEDGE'],
      durationMonths: 24,
      cases: [{ criterionId: 'crit-1', argument: 'Nieuwe digitale technieken.' }],
    });
  });
});

describe('advice form', () => {
  it('offers only the advices that fit the dossier kind and submits once', async () => {
    const dossier = planFixture().dossiers[0]!;
    let calls = 0;
    const mock: MockLink.MockedResponse = {
      request: { query: ADVISE_DOSSIER_MUTATION, variables: { dossierId: 'dossier-1', advice: 'INNOVATIVE', motivation: 'Alle criteria voldaan.' } },
      result: () => {
        calls += 1;
        return { data: { adviseDossier: { ...dossier, advice: 'INNOVATIVE', adviceMotivation: 'Alle criteria voldaan.', advisedAt: '2027-05-10T10:00:00Z' } } };
      },
    };
    let advised = false;
    render(
      <MockedProvider mocks={[mock]}>
        <AdviceForm dossier={dossier} onAdvised={() => { advised = true; }} />
      </MockedProvider>,
    );
    expect(screen.queryByRole('radio', { name: 'Innovatieve herwerking' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Innovatief' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Motivering van het advies/ }), { target: { value: 'Alle criteria voldaan.' } });
    const button = screen.getByRole('button', { name: 'Advies bewaren' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(advised).toBe(true));
    expect(calls).toBe(1);
  });
});

describe('router', () => {
  it('matches paths below the area', () => {
    expect(matchPath('/jaaractieplannen/:id', '/jaaractieplannen/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/jaaractieplannen/:id', '/jaaractieplannen')).toBeUndefined();
  });
});

describe('deadline', () => {
  it('ends the chosen day at midnight in Brussels', async () => {
    const { endOfDayInBrussels } = await import('@werkplek/frontend-kit');
    expect(endOfDayInBrussels('2027-04-30')).toBe('2027-04-30T21:59:59.000Z');
    expect(endOfDayInBrussels('2027-11-15')).toBe('2027-11-15T22:59:59.000Z');
  });
});
