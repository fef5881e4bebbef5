import type { Province } from './workplaces.query.js';

const provinceLabels: Record<Province, string> = {
  ANTWERPEN: 'Antwerpen',
  LIMBURG: 'Limburg',
  OOST_VLAANDEREN: 'Oost-Vlaanderen',
  VLAAMS_BRABANT: 'Vlaams-Brabant',
  WEST_VLAANDEREN: 'West-Vlaanderen',
  BRUSSEL: 'Brussel',
};

/** Dutch name of a province; an unknown value (a newer schema) is shown as-is rather than hidden. */
export function provinceLabel(province: Province): string {
  return provinceLabels[province] ?? province;
}

export const provinceOptions = (Object.keys(provinceLabels) as Province[]).map((value) => ({ value, label: provinceLabels[value] }));
