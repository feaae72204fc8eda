/**
 * Indicator figures cited in a document, in the document's language: "Compute indicators" writes
 * them in the workbook's language (Settings › Language), so an English report cites
 * "១៦.២៥% (១៣ នៃ ៨០)" from a Khmer workbook as "16.25% (13 of 80)", and a Khmer report the other
 * way round. Only the tool's own words and digits change. Pure.
 */
import { digitsOf } from './digits';
import type { Language } from './language';

const WORDS = {
  en: { of: 'of', noValue: 'no value' },
  km: { of: 'នៃ', noValue: 'គ្មានតម្លៃ' },
} as const;

/** A figure as "Compute indicators" wrote it (Display), in a language. */
export function figureOf(display: string, language: Language): string {
  const other = WORDS[language === 'km' ? 'en' : 'km'];
  const words = WORDS[language];
  let text = digitsOf(display, language);
  // "(13 of 80)" ↔ "(១៣ នៃ ៨០)"
  text = text.replace(new RegExp(`\\(([^()\\s]+) ${other.of} ([^()\\s]+)\\)`, 'g'), `($1 ${words.of} $2)`);
  // "no value: no target CBOs (0 of 0)" ↔ "គ្មានតម្លៃ៖ គ្មាន CBO … (០ នៃ ០)": the reason is in the
  // workbook's language, so a document in the other language cites the figures alone.
  if (language === 'km') text = text.replace(/^no value:.*?(\([^()]*\))$/, `${words.noValue} $1`);
  else
    text = text.replace(new RegExp(`^${other.noValue}(?:៖.*?)?\\s*(\\([^()]*\\))$`), `${words.noValue} $1`);
  return text;
}
