import { numberFormat } from '../i18n/format.js';

/**
 * The credit axis's labels in one unit. Intl's compact notation picks a unit per number, so
 * an axis up to a million reads "800.000 … 1 Mio." in German and "800K … 1M" in English;
 * here every label takes the unit of the largest tick ("0,8 Mio. … 1 Mio.", "0.8M … 1M"),
 * or plain numbers when the largest needs no unit.
 */
export function creditAxisLabels(locale: string, ticks: readonly number[]): string[] {
  const largest = Math.max(0, ...ticks.map(Math.abs));
  const compact = numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const parts = compact.formatToParts(largest);
  if (!parts.some((part) => part.type === 'compact')) {
    const plain = numberFormat(locale, { maximumFractionDigits: 2 });
    return ticks.map((tick) => plain.format(tick));
  }
  const shown = Number(
    parts
      .filter((part) => part.type === 'integer' || part.type === 'fraction' || part.type === 'decimal')
      .map((part) => (part.type === 'decimal' ? '.' : part.value))
      .join(''),
  );
  // The unit is a power of ten (thousand, million, 万…): the largest over its shown digits.
  const unit = 10 ** Math.round(Math.log10(largest / shown));
  const digits = numberFormat(locale, { maximumFractionDigits: 2 });
  return ticks.map((tick) => {
    if (tick === 0) return digits.format(0);
    let number = true;
    return parts
      .map((part) => {
        if (part.type === 'compact' || part.type === 'literal' || part.type === 'minusSign' || part.type === 'plusSign') return part.value;
        // The digits of the largest tick become this tick's, once, in the same unit.
        if (!number) return '';
        number = false;
        return digits.format(tick / unit);
      })
      .join('');
  });
}
