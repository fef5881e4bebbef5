import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { ANNUAL_PLAN_QUERY, ANNUAL_PLANS_QUERY } from '../src/annual-plan/annualPlan.operations.js';
import { ALWAYS, renderApp } from './renderApp.js';

afterEach(cleanup);

const item = (id: string, kind: string, centre: string, riskScore: number, rank: number, planned: boolean) => ({
  __typename: 'AnnualPlanItem',
  id,
  kind,
  subjectType: 'TRAINING_CENTRE',
  subjectId: `tc-${id}`,
  riskScore,
  riskInputs: [],
  rank,
  planned,
  quarter: planned ? 2 : null,
  manualReason: null,
  partnership: null,
  trainingCentre: { __typename: 'TrainingCentre', version: 1, id: `tc-${id}`, name: centre },
  workplace: null,
  track: null,
  audit: null,
});

const plan = {
  __typename: 'AnnualPlan',
  version: 1,
  id: 'plan-2027',
  year: 2027,
  status: 'ADOPTED',
  adoptedOn: '2026-12-15',
  createdBy: 'Katrien Maes',
  weights: [],
  capacities: [],
  items: [
    item('1', 'TRACK_INSPECTION', 'Syntra West', 7.5, 1, true),
    item('2', 'TRACK_INSPECTION', 'Syntra Limburg', 9, 2, false),
    item('3', 'APPRENTICESHIP_FOLLOW_UP', 'Syntra Brussel', 12, 1, true),
  ],
};

function renderPlan(url: string) {
  window.history.pushState(null, '', url);
  renderApp([
    { request: { query: ANNUAL_PLANS_QUERY }, result: { data: { annualPlans: [{ __typename: 'AnnualPlan', version: 1, id: 'plan-2027', year: 2027, status: 'ADOPTED', adoptedOn: '2026-12-15' }] } }, maxUsageCount: ALWAYS },
    { request: { query: ANNUAL_PLAN_QUERY, variables: { year: 2027 } }, result: { data: { annualPlan: plan } }, maxUsageCount: ALWAYS },
  ]);
}

const subjects = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('annual plan candidates', () => {
  it('take kind, "only planned" and the sort from the URL, and write a change back', async () => {
    renderPlan('/toezicht-en-inspectie/jaarplanning/2027?soort=TRACK_INSPECTION&sortering=score_DESC');
    await screen.findByRole('table', { name: /Kandidaten/ });
    expect(subjects()).toEqual(['Syntra Limburg (opleidingscentrum)', 'Syntra West (opleidingscentrum)']);
    expect((screen.getByRole('combobox', { name: 'Soort' }) as HTMLSelectElement).value).toBe('TRACK_INSPECTION');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Alleen geplande' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(subjects()).toEqual(['Syntra West (opleidingscentrum)']);
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ soort: 'TRACK_INSPECTION', sortering: 'score_DESC', gepland: 'ja' });
  });

  it('ignores an unknown kind or sort in the URL', async () => {
    renderPlan('/toezicht-en-inspectie/jaarplanning/2027?soort=ALLES&sortering=naam_ASC');
    await screen.findByRole('table', { name: /Kandidaten/ });
    expect(subjects()).toHaveLength(3);
    expect((screen.getByRole('combobox', { name: 'Soort' }) as HTMLSelectElement).value).toBe('');
  });
});
