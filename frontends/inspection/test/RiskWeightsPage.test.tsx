import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { today } from '@werkplek/frontend-kit';
import { RISK_WEIGHTS_QUERY, SET_RISK_WEIGHT_MUTATION } from '../src/risk-weights/riskWeights.operations.js';
import { parseWeight } from '../src/risk-weights/RiskWeightForm.js';
import { ALWAYS, capturing, renderApp } from './renderApp.js';

beforeEach(() => window.history.pushState(null, '', '/toezicht-en-inspectie/risicogewichten'));
afterEach(cleanup);

const setting = (factor: string, weight: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'RiskWeightSetting',
  factor,
  weight,
  validFrom: null,
  changedBy: null,
  reason: null,
  isDefault: true,
  ...extra,
});

const weights = {
  riskWeights: [setting('COMPLAINTS', 2), setting('EARLY_TERMINATIONS', 1.5)],
  scheduledRiskWeights: [setting('COMPLAINTS', 2.5, { validFrom: '2027-01-01', changedBy: 'Katrien Maes', reason: 'Meer klachten', isDefault: false })],
};

describe('risk weights (agency staff)', () => {
  it('reads a weight with a comma and refuses more than 2 decimals or over 100', () => {
    expect(parseWeight('2,5')).toBe(2.5);
    expect(parseWeight('100')).toBe(100);
    expect(parseWeight('2,555')).toBeUndefined();
    expect(parseWeight('101')).toBeUndefined();
    expect(parseWeight('-1')).toBeUndefined();
  });

  it('lists the weights of today and the planned changes, validates and sets a new weight', async () => {
    const inputs: Record<string, unknown>[] = [];
    const mocks = [
      { request: { query: RISK_WEIGHTS_QUERY }, result: { data: weights }, maxUsageCount: ALWAYS },
      capturing(SET_RISK_WEIGHT_MUTATION, inputs, {
        data: { setRiskWeight: setting('OVERDUE_RECOMMENDATIONS', 3.25, { validFrom: today(), changedBy: 'Katrien Maes', reason: 'Opvolging weegt zwaarder', isDefault: false }) },
      }),
    ];
    renderApp(mocks);
    expect(screen.getByRole('link', { name: 'Risicogewichten' }).getAttribute('aria-current')).toBe('page');
    const current = await screen.findByRole('table', { name: /Geldig vandaag/ });
    expect(within(current).getByRole('rowheader', { name: 'Klachten en meldingen vorig jaar' })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Geplande wijzigingen' })).getByText('Meer klachten')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Gewicht instellen' }));
    expect(await screen.findByText('Kies een risicofactor.', { selector: 'a' })).toBeTruthy();
    expect(screen.getByText(/Vul een gewicht van 0 tot 100 in/, { selector: 'a' })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: /Risicofactor/ }), { target: { value: 'OVERDUE_RECOMMENDATIONS' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Gewicht/ }), { target: { value: '3,25' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Motivering/ }), { target: { value: 'Opvolging weegt zwaarder' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gewicht instellen' }));
    expect(await screen.findByText('Het gewicht van „Achterstallige aanbevelingen” is ingesteld.')).toBeTruthy();
    expect(inputs).toEqual([{ factor: 'OVERDUE_RECOMMENDATIONS', weight: 3.25, validFrom: today(), reason: 'Opvolging weegt zwaarder' }]);
  });
});
