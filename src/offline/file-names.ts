/**
 * The one file-name sanitiser of the offline runtime (Drive names → files on disk). Most file
 * systems (ext4, APFS, NTFS) allow 255 bytes in one name; a Khmer letter takes 3 bytes in UTF-8,
 * so an 85-letter title already fills it. A longer name is cut at a letter boundary and ends with a
 * short hash of the whole name, so two long titles that start alike still get two files.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Bytes one file name may take (ext4, APFS, NTFS: 255). */
export const MAX_NAME_BYTES = 255;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Whole user-perceived letters (a Khmer consonant with its vowel signs and subscripts stays whole). */
function graphemes(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return Array.from(text);
  return Array.from(new Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
}

/**
 * `cut` (a start of `whole`) shortened to its last whole word, when that keeps most of it: Khmer is
 * written without spaces, so words are found with ICU's dictionary (Intl.Segmenter, locale km).
 */
function atWordEnd(cut: string, whole: string): string {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter || cut.length === whole.length) return cut;
  let end = 0;
  for (const { index } of new Segmenter('km', { granularity: 'word' }).segment(whole)) {
    if (index > cut.length) break;
    end = index;
  }
  return end >= cut.length * 0.6 ? cut.slice(0, end) : cut;
}

/**
 * A file name for a Drive or spreadsheet name: no path or reserved characters, no leading dot or
 * trailing dot or space, no reserved Windows device name, and with its extension within 255 bytes.
 */
export function safeFileName(
  name: string,
  extension = '',
  fallback = 'Untitled',
  maxBytes = MAX_NAME_BYTES,
): string {
  let safe = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(safe)) safe = `_${safe}`;
  if (!safe) safe = fallback;
  if (bytes(safe) + bytes(extension) <= maxBytes) return safe + extension;
  const suffix = ` ~${createHash('sha1').update(name).digest('hex').slice(0, 8)}`;
  const room = maxBytes - bytes(extension) - bytes(suffix);
  let cut = '';
  for (const letter of graphemes(safe)) {
    if (bytes(cut) + bytes(letter) > room) break;
    cut += letter;
  }
  return atWordEnd(cut, safe).replace(/[.\s]+$/, '') + suffix + extension;
}

/** A path as the CLI prints it: relative to the working directory when inside it ("out/x.xlsx"), else absolute. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return !relative || relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}
