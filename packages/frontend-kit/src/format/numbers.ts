const percentFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

/** "12,5 %" (nl-BE writes a space before the sign); a dash when empty. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${percentFormat.format(value)} %`;
}
