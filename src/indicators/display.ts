/**
 * How indicator figures are shown: counts and sums with thousands separators ("1,250"), percents
 * as "16.25% (13 of 80)"; in Khmer (Settings › Language = km) with Khmer digits and words:
 * "១៦.២៥% (១៣ នៃ ៨០)".
 */
import { toKhmerDigits } from '../workbook/values';

export type Language = 'en' | 'km';

/** Rounds half away from zero to a number of decimals, without binary surprises (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
  return value < 0 ? -rounded : rounded;
}

function localize(text: string, language: Language): string {
  return language === 'km' ? toKhmerDigits(text) : text;
}

/** 1250 → "1,250"; with decimals fixed ("16.25"), or up to 2 when decimals is undefined. */
export function formatNumber(value: number, decimals?: number, language: Language = 'en'): string {
  const fixed =
    decimals === undefined ? String(roundTo(value, 2)) : roundTo(value, decimals).toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
  return localize(text, language);
}

const WORDS = {
  en: { of: 'of', noValue: 'no value', failed: 'Not computed', colon: ': ' },
  km: { of: 'នៃ', noValue: 'គ្មានតម្លៃ', failed: 'មិនបានគណនា', colon: '៖ ' },
};

/** "16.25% (13 of 80)". */
export function formatPercent(
  percent: number,
  numerator: number,
  denominator: number,
  decimals: number,
  language: Language = 'en',
): string {
  const of = WORDS[language].of;
  return `${formatNumber(percent, decimals, language)}% (${formatNumber(numerator, undefined, language)} ${of} ${formatNumber(denominator, undefined, language)})`;
}

/** A zero denominator: "no value: no target CBOs ... (0 of 0)". */
export function formatNoValue(reason: string, numerator: number, language: Language = 'en'): string {
  const words = WORDS[language];
  const figures = `(${formatNumber(numerator, undefined, language)} ${words.of} ${formatNumber(0, undefined, language)})`;
  return `${words.noValue}${words.colon}${reason} ${figures}`;
}

/** "Not computed: unknown column [Memebrs] in Filter" (the reason said in the language). */
export function formatFailed(reason: string, language: Language = 'en'): string {
  return `${WORDS[language].failed}${WORDS[language].colon}${reason}`;
}
