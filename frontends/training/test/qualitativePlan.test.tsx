import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { AreaRouter, type User } from '@werkplek/frontend-kit';
import type { QualitativePlanDetailQuery } from '../src/gql/graphql.js';
import { DraftQualitativePlanForm } from '../src/qualitative-plan/DraftQualitativePlanForm.js';
import { QualitativePlanDetail } from '../src/qualitative-plan/QualitativePlanDetail.js';
import {
  ADD_QUALITATIVE_PLAN_ITEM_MUTATION,
  ASSESS_QUALITATIVE_PLAN_MUTATION,
  DRAFT_QUALITATIVE_PLAN_MUTATION,
  QUALITATIVE_PLAN_QUERY,
  QUALITATIVE_PLAN_SECTIONS_QUERY,
  RECORD_REALISATION_MUTATION,
  SUBMIT_QUALITATIVE_PLAN_MUTATION,
} from '../src/qualitative-plan/qualitativePlans.operations.js';

afterEach(cleanup);
beforeEach(() => window.history.pushState(null, '', '/ondernemersvorming/kwalitatieve-jaarplannen/qp-1'));

type Data = QualitativePlanDetailQuery;
const centreUser: User = { id: 'u-1', name: 'An', role: 'CENTRE_USER', centreId: 'tc-1' } as User;
const staff: User = { id: 'u-2', name: 'Els', role: 'AGENCY_STAFF' } as User;

// The generated result types leave out __typename; the mocked cache wants it, hence the assertions.
const sections = [
  { __typename: 'QualitativePlanSection', code: 'DOELGROEPENBELEID', name: 'Doelgroepenbeleid', required: true },
  { __typename: 'QualitativePlanSection', code: 'KWALITEITSZORG', name: 'Kwaliteitszorg', required: true },
  { __typename: 'QualitativePlanSection', code: 'WERKPLEKLEREN', name: 'Werkplekleren', required: false },
] as unknown as Data['qualitativePlanSections'];

function planData(overrides: Partial<Data['qualitativePlan']> = {}): Data {
  return {
    qualitativePlan: {
      __typename: 'QualitativeAnnualPlan',
      version: 1,
      id: 'qp-1',
      year: 2027,
      status: 'DRAFT',
      submittedAt: null,
      assessedAt: null,
      assessment: null,
      allowedSteps: ['addItem'],
      centre: { __typename: 'TrainingCentre', version: 1, id: 'tc-1', name: 'Syntra West' },
      items: [
        { __typename: 'QualitativePlanItem', id: 'item-1', section: 'DOELGROEPENBELEID', text: 'Meer kansengroepen bereiken.', assessment: null, realisation: null, realisationNote: null, budgetImpact: null },
      ],
      ...overrides,
    },
    qualitativePlanSections: sections,
  } as unknown as Data;
}
const planMock = (data: Data = planData()): MockLink.MockedResponse => ({ request: { query: QUALITATIVE_PLAN_QUERY, variables: { id: 'qp-1' } }, result: { data } });

function renderDetail(user: User, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <AreaRouter basePath="/ondernemersvorming">
        <QualitativePlanDetail id="qp-1" user={user} />
      </AreaRouter>
    </MockedProvider>,
  );
}

describe('draft plan (centre user)', () => {
  it('validates the item, then adds it once and refreshes the plan', async () => {
    let calls = 0;
    const add: MockLink.MockedResponse = {
      request: { query: ADD_QUALITATIVE_PLAN_ITEM_MUTATION, variables: { planId: 'qp-1', input: { section: 'KWALITEITSZORG', text: 'Q-decreet: interne audit per jaar.' } } },
      result: () => {
        calls += 1;
        return { data: { addQualitativePlanItem: planData().qualitativePlan } };
      },
    };
    renderDetail(centreUser, [planMock(), add, planMock()]);
    const form = within((await screen.findByRole('heading', { name: 'Item toevoegen' })).closest('form')!);
    fireEvent.click(form.getByRole('button', { name: 'Item toevoegen' }));
    expect(await screen.findByRole('heading', { name: 'Er is een probleem' })).toBeTruthy();
    expect(form.getAllByText('Kies een rubriek.').length).toBe(2);
    fireEvent.change(form.getByRole('combobox', { name: /Rubriek/ }), { target: { value: 'KWALITEITSZORG' } });
    fireEvent.change(form.getByRole('textbox', { name: /Inhoud van het item/ }), { target: { value: 'kort' } });
    fireEvent.click(form.getByRole('button', { name: 'Item toevoegen' }));
    expect((await form.findAllByText('De tekst telt minstens 10 tekens.')).length).toBe(2);
    fireEvent.change(form.getByRole('textbox', { name: /Inhoud van het item/ }), { target: { value: 'Q-decreet: interne audit per jaar.' } });
    const button = form.getByRole('button', { name: 'Item toevoegen' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(await form.findByText('Het item is toegevoegd.')).toBeTruthy();
    expect(calls).toBe(1);
  });

  it('names the required sections still missing and shows the server refusal of the submission', async () => {
    const refusal = new GraphQLError('Ontbrekende verplichte rubrieken: Kwaliteitszorg / Missing required sections: Kwaliteitszorg', { extensions: { code: 'BAD_USER_INPUT' } });
    // The API does not offer `submit` while a required section lacks an item: the section says what is missing.
    renderDetail(centreUser, [planMock()]);
    expect(await screen.findByText(/Voeg eerst een item toe voor: Kwaliteitszorg/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Jaarplan indienen' })).toBeNull();
    cleanup();
    const complete = planData({
      allowedSteps: ['addItem', 'submit'],
      items: [
        { __typename: 'QualitativePlanItem', id: 'item-1', section: 'DOELGROEPENBELEID', text: 'Meer kansengroepen bereiken.', assessment: null, realisation: null, realisationNote: null, budgetImpact: null },
        { __typename: 'QualitativePlanItem', id: 'item-2', section: 'KWALITEITSZORG', text: 'Kwaliteitszorg volgens het Q-decreet.', assessment: null, realisation: null, realisationNote: null, budgetImpact: null },
      ] as unknown as Data['qualitativePlan']['items'],
    });
    renderDetail(centreUser, [planMock(complete), { request: { query: SUBMIT_QUALITATIVE_PLAN_MUTATION, variables: { id: 'qp-1' } }, result: { errors: [refusal] } }]);
    expect(await screen.findByText(/Na het indienen kunnen geen items meer worden toegevoegd/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Jaarplan indienen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    const alert = await screen.findByText(/Ontbrekende verplichte rubrieken: Kwaliteitszorg/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    // Agency staff see no drafting forms.
    cleanup();
    renderDetail(staff, [planMock(planData({ allowedSteps: [] }))]);
    await screen.findByRole('heading', { level: 2, name: /Kwalitatief jaarplan Syntra West 2027/ });
    expect(screen.queryByRole('heading', { name: 'Item toevoegen' })).toBeNull();
  });

  it('starts a plan for a year with a first item, then opens it', async () => {
    const draft: MockLink.MockedResponse = {
      request: { query: DRAFT_QUALITATIVE_PLAN_MUTATION, variables: { input: { year: 2027, items: [{ section: 'DOELGROEPENBELEID', text: 'Meer kansengroepen bereiken.' }] } } },
      result: { data: { draftQualitativePlan: { ...planData().qualitativePlan, id: 'qp-9' } } },
    };
    window.history.pushState(null, '', '/ondernemersvorming/kwalitatieve-jaarplannen');
    render(
      <MockedProvider mocks={[{ request: { query: QUALITATIVE_PLAN_SECTIONS_QUERY }, result: { data: { qualitativePlanSections: sections } } }, draft]}>
        <AreaRouter basePath="/ondernemersvorming">
          <DraftQualitativePlanForm defaultYear={2027} />
        </AreaRouter>
      </MockedProvider>,
    );
    await screen.findByRole('option', { name: 'Doelgroepenbeleid (verplicht)' });
    fireEvent.change(screen.getByRole('spinbutton', { name: /Jaar/ }), { target: { value: '1999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Jaarplan opstellen' }));
    expect((await screen.findAllByText('Geef een jaar tussen 2017 en 2100.')).length).toBe(2);
    fireEvent.change(screen.getByRole('spinbutton', { name: /Jaar/ }), { target: { value: '2027' } });
    fireEvent.change(screen.getByRole('combobox', { name: /Rubriek/ }), { target: { value: 'DOELGROEPENBELEID' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Inhoud van het item/ }), { target: { value: 'Meer kansengroepen bereiken.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Jaarplan opstellen' }));
    await waitFor(() => expect(window.location.pathname).toBe('/ondernemersvorming/kwalitatieve-jaarplannen/qp-9'));
  });
});

describe('assessment and realisation (agency staff)', () => {
  it('assesses a submitted plan with an overall and an item assessment', async () => {
    const submitted = planData({ status: 'SUBMITTED', submittedAt: '2027-01-10T10:00:00Z', allowedSteps: ['assess'] });
    const assess: MockLink.MockedResponse = {
      request: {
        query: ASSESS_QUALITATIVE_PLAN_MUTATION,
        variables: { id: 'qp-1', assessment: { assessment: 'Sluit aan bij de JOP-doelen.', items: [{ itemId: 'item-1', assessment: 'Goed' }] } },
      },
      result: {
        data: {
          assessQualitativePlan: planData({ status: 'ASSESSED', assessedAt: '2027-02-01T10:00:00Z', assessment: 'Sluit aan bij de JOP-doelen.', allowedSteps: ['recordRealisation'] }).qualitativePlan,
        },
      },
    };
    renderDetail(staff, [planMock(submitted), assess, planMock(planData({ status: 'ASSESSED', allowedSteps: ['recordRealisation'] }))]);
    fireEvent.click(await screen.findByRole('button', { name: 'Beoordeling bewaren' }));
    expect((await screen.findAllByText('Vul de beoordeling in.')).length).toBe(2);
    fireEvent.change(screen.getByRole('textbox', { name: /Beoordeling van het jaarplan/ }), { target: { value: 'Sluit aan bij de JOP-doelen.' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Doelgroepenbeleid: Meer kansengroepen/ }), { target: { value: 'Goed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beoordeling bewaren' }));
    expect(await screen.findByText(/De beoordeling is bewaard/)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Realisatie per item (ronde van Vlaanderen)' })).toBeTruthy();
  });

  it('needs the reason when an item is not realised and shows the server refusal', async () => {
    const refusal = new GraphQLError('Het jaarplan is niet beoordeeld (status REVIEWED) / The plan is not assessed (status REVIEWED)', { extensions: { code: 'INVALID_STATE_TRANSITION' } });
    const record: MockLink.MockedResponse = {
      request: { query: RECORD_REALISATION_MUTATION, variables: { itemId: 'item-1', status: 'NOT_REALISED', note: 'Geen lesgevers gevonden.', budgetImpact: -1200.5 } },
      result: { errors: [refusal] },
    };
    renderDetail(staff, [planMock(planData({ status: 'ASSESSED', allowedSteps: ['recordRealisation'] })), record]);
    fireEvent.click(await screen.findByRole('radio', { name: 'Niet gerealiseerd' }));
    fireEvent.click(screen.getByRole('button', { name: 'Realisatie bewaren' }));
    expect((await screen.findAllByText('Vul de reden van niet-realisatie in.')).length).toBe(2);
    fireEvent.change(screen.getByRole('textbox', { name: /Toelichting of reden/ }), { target: { value: 'Geen lesgevers gevonden.' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: /Budgettaire weerslag/ }), { target: { value: '-1200.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Realisatie bewaren' }));
    const alert = await screen.findByText(/Het jaarplan is niet beoordeeld/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });
});
