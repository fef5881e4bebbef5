import type { AnnualPlanItemRow } from './annualPlan.operations.js';
import { labelOf, riskFactorLabels } from '../shared/labels.js';

const number = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });

/** The score with its inputs: every factor's value × weight = contribution, so the ranking can be explained. */
export function RiskScore({ item }: { item: AnnualPlanItemRow }) {
  return (
    <details className="wp-inspection__details">
      <summary>
        {number.format(item.riskScore)}
        <span className="wp-visually-hidden"> — toon de berekening</span>
      </summary>
      <ul className="wp-inspection__risk-inputs">
        {item.riskInputs.map((input) => (
          <li key={input.factor}>
            {labelOf(riskFactorLabels, input.factor)}: {number.format(input.value)} × gewicht {number.format(input.weight)} ={' '}
            {number.format(input.contribution)}
          </li>
        ))}
      </ul>
    </details>
  );
}
