/**
 * The language audit: everything a user sees after a run (what the CLI printed, alerts and toasts
 * included; the tool's sheets; notes and dropdown help the tool put on cells; the documents'
 * paragraphs, headers and footers) checked against the language it should be in.
 *
 * Text typed in the workbook may be in any language, so the audit first removes every piece of
 * the input workbook's text (and the contract's sheet, column, list and setting names, which stay
 * in Latin letters in Khmer text) and then looks at what is left, which is the tool's own:
 * - km: no Latin letter (but a few acronyms and names) and no Latin digit;
 * - en: no Khmer letter and no Khmer digit.
 * Values of fixed choices (Yes, Female, National, …) are not taken as data: the tool says them in
 * the reader's language. Numbers and dates in cells are not text: a cell the tool writes as a
 * number (a row number, a count) is shown by the spreadsheet, not written in digits by the tool.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  CHOICE_SYNONYMS,
  INPUT_SHEETS,
  LIST_NAMES,
  SETTING_NAMES,
  type SheetSpec,
} from '../../src/workbook/contract';
import * as contract from '../../src/workbook/contract';
import { exactSpellings } from '../../src/workbook/choices';

/** Every spelling of the contract's fixed choices (values, Khmer words such as ស្រី, synonyms). */
const CHOICE_SPELLINGS: [string, string[]][] = [
  contract.GENDERS,
  contract.LEVELS,
  contract.LANGUAGE_CODES,
].flatMap((choices) =>
  choices.map((choice): [string, string[]] => [
    choice,
    [...exactSpellings([choice]), ...Object.keys(CHOICE_SYNONYMS[choice] ?? {})].filter((s) => s !== choice),
  ]),
);

export interface Seen {
  /** Where the user sees it: "stderr line 12", "Validation!F3", "docs/M-1.docx paragraph 4". */
  where: string;
  text: string;
  /** A cell that copies a value (Change log's old and new value, Sync conflicts' values): its digits are the value's. */
  valueCell?: boolean;
}

/**
 * Latin words a Khmer reader meets in the organisation's own Khmer documents and in the tool's
 * Khmer text: acronyms, product names, the filter language's keywords, spreadsheet notation.
 */
const KHMER_ALLOWED_WORDS = new Set(
  [
    'CBO',
    'CBOs',
    'NGO',
    'LNGO',
    'INGO',
    'MoU',
    'MC',
    'ID',
    'IDs',
    'PDF',
    'CBO Tracker',
    'Tracker',
    'Google',
    'Doc',
    'Docs',
    'Drive',
    'Sheets',
    'Yes',
    'No',
    'am',
    'pm',
    'en',
    'km',
    'DIR',
    'IND-x',
    'IND',
    'x',
    // the filter language
    'and',
    'or',
    'not',
    'in',
    'is',
    'blank',
    'has',
    'count',
    'sum',
    'percent',
    // npx command lines the demo prints
    'npx',
    'cbo-tracker',
    'partners-collect',
    'out',
    'collected',
    'xlsx',
    'docx',
    'example',
    // spellings a user may type, named in dropdown help and fixes (Y/N, TRUE/FALSE, 0XX XXX XXX)
    'Y',
    'N',
    'TRUE',
    'FALSE',
    'X',
    'XX',
    'XXX',
  ].map((word) => word.toLowerCase()),
);

/** Khmer an English text may name: the Khmer spellings the tool reads (បាទ / ចាស / ទេ, ស្រី, ខ្មែរ …). */
const ENGLISH_ALLOWED_KHMER = new Set([
  ...['បាទ', 'ចាស', 'ទេ', 'ខ្មែរ', 'ភាសាខ្មែរ', 'អង់គ្លេស'],
  ...CHOICE_SPELLINGS.flatMap(([, spellings]) => spellings.flatMap((spelling) => spelling.split('/'))),
]);

/**
 * Contract names a message may cite (sheets, columns, lists, settings, and fixed choices unless
 * `choices` is false: a document says a fixed choice in its own language, ថ្នាក់ជាតិ for National).
 */
function contractNames(choices = true): string[] {
  const specs = Object.values(contract).filter(
    (value): value is SheetSpec =>
      !!value &&
      typeof value === 'object' &&
      'name' in value &&
      'columns' in value &&
      Array.isArray(value.columns),
  );
  const names = new Set<string>();
  for (const spec of [...INPUT_SHEETS, ...specs]) {
    names.add(spec.name);
    for (const column of spec.columns) {
      names.add(column.header);
      for (const alias of column.aliases ?? []) names.add(alias);
      if (choices) for (const choice of column.choices ?? []) names.add(choice);
    }
  }
  for (const name of [...LIST_NAMES, ...SETTING_NAMES]) names.add(name);
  for (const sheet of ['Indicator rows', 'Sync conflicts', 'Partner problems', 'Change log', 'Template'])
    names.add(sheet);
  return [...names];
}

/** Fixed choices (and their Khmer spellings): said by the tool in the reader's language, not data. */
function choiceWords(): Set<string> {
  const words = new Set<string>(['yes', 'no', 'true', 'false', 'បាទ', 'ចាស', 'ទេ']);
  for (const [canonical, spellings] of CHOICE_SPELLINGS) {
    words.add(canonical.toLowerCase());
    for (const spelling of spellings) words.add(spelling.toLowerCase());
  }
  words.add('បាទ/ចាស');
  return words;
}

/** The text of every string cell of the input workbook(s): what the user typed. */
export async function dataTexts(files: string[]): Promise<string[]> {
  const choices = choiceWords();
  const texts = new Set<string>();
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.eachSheet((sheet) => {
      texts.add(sheet.name);
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          const value = cell.value;
          const text =
            typeof value === 'string'
              ? value
              : value && typeof value === 'object' && 'richText' in value
                ? value.richText.map((part) => part.text).join('')
                : undefined;
          if (text === undefined) return;
          const trimmed = text.trim();
          if (trimmed === '' || choices.has(trimmed.toLowerCase())) return;
          texts.add(trimmed);
          // A multi-line cell is shown line by line (objectives, conclusions).
          for (const line of trimmed.split(/\r?\n/)) if (line.trim()) texts.add(line.trim());
        });
      });
    });
  }
  return [...texts];
}

/** Removes each known text (longest first, whole words for Latin) from a seen text. */
class Remover {
  private readonly byFirstWord = new Map<string, string[]>();

  constructor(texts: string[]) {
    const sorted = [...new Set(texts)].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
    for (const text of sorted) {
      const first = firstWord(text);
      const list = this.byFirstWord.get(first) ?? [];
      list.push(text);
      this.byFirstWord.set(first, list);
    }
  }

  remove(text: string): string {
    const words = new Set([...text.matchAll(WORD)].map((m) => m[0].toLowerCase()));
    words.add('');
    const candidates = [...words]
      .flatMap((word) => this.byFirstWord.get(word) ?? [])
      .sort((a, b) => b.length - a.length);
    // A long text shown cut short ("Share of target CBOs that advocated to …").
    let rest = text.replace(/([^…]*)…/g, (whole, before: string) => {
      const parts = before.split(/\s{2,}/);
      const cut = parts[parts.length - 1].trim().toLowerCase();
      if (cut.length < 10 || !candidates.some((candidate) => candidate.toLowerCase().startsWith(cut)))
        return whole;
      parts[parts.length - 1] = ' ';
      return parts.join('  ');
    });
    // Drive file IDs the CLI prints (a machine's name for a file, in no language).
    rest = rest.replace(/\b[0-9a-f]{32}\b/g, ' ');
    for (const candidate of candidates) {
      if (!rest.toLowerCase().includes(candidate.toLowerCase())) continue;
      // Whole words for Latin; any case (headings are written in capitals).
      const latinEdges = /^[A-Za-z0-9]/.test(candidate) || /[A-Za-z0-9]$/.test(candidate);
      const pattern = latinEdges ? `(?<![A-Za-z0-9])${escape(candidate)}(?![A-Za-z0-9])` : escape(candidate);
      rest = rest.replace(new RegExp(pattern, 'gi'), ' ');
    }
    return rest;
  }
}

const WORD = /[\p{L}\p{N}]+/gu;
const firstWord = (text: string) => (text.match(/[\p{L}\p{N}]+/u)?.[0] ?? '').toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Foreign {
  where: string;
  found: string;
  text: string;
}

/**
 * What is left of the seen texts, once the data and the contract's names are removed, that is not
 * in the language: Latin letters or digits in Khmer, Khmer letters or digits in English.
 */
export function foreignText(
  seen: Seen[],
  given: string[],
  language: 'en' | 'km',
  extra: string[] = [],
  options: { choices?: boolean } = {},
): Foreign[] {
  // The colons of times (០៨:០០, 22:25) are set apart, in the data and in what is seen alike.
  const data = given.map(protectTimes);
  const remover = new Remover([...data, ...contractNames(options.choices !== false), ...extra]);
  // Data shown in pieces (a numbered line, a cited figure inside a sentence, words cut by a Khmer
  // word): a run of Latin (or Khmer) text is the user's when it is inside a data text. A run of
  // digits alone must be a whole data text: "30" is inside many texts but may be the tool's.
  const haystack = `\n${data.map((text) => latinDigits(text).toLowerCase()).join('\n')}\n`;
  const whole = new Set(data.map((text) => latinDigits(text).trim()));
  // A fixed choice said by the tool (National in a breakdown row) is not data even though the
  // word is inside data texts ("advocated to national government").
  const choices = options.choices === false ? choiceWords() : new Set<string>();
  const fromData = (run: string) => {
    const text = latinDigits(run).trim();
    if (choices.has(text.toLowerCase())) return false;
    if (!/\p{L}/u.test(text)) return whole.has(text);
    return haystack.includes(text.toLowerCase());
  };
  const found: Foreign[] = [];
  const RUN =
    language === 'km'
      ? /[A-Za-z0-9](?:[A-Za-z0-9 .,:;'’()/&+\-–?!\u2236]*[A-Za-z0-9)?!:])?/g
      : /[\u1780-\u17FF\u19E0-\u19FF](?:[\u1780-\u17FF\u19E0-\u19FF .,:;()/\-–\u2236]*[\u1780-\u17FF\u19E0-\u19FF)])?/g;
  for (const item of seen) {
    // Template tags ({{Facilitated by}}) are the tag language's field names, not text for a reader.
    // Runs of the other script that are inside a data text go first, then data texts and names.
    const untagged = protectTimes(item.text)
      .replace(TOOL_MARKER, 'CBO Tracker ')
      .replace(/\{\{[^{}]*\}\}/g, ' ')
      .replace(RUN, (run) => (fromData(run) ? ' ' : run));
    const rest = remover.remove(untagged);
    // Khmer puts ៖ after a label or a title ("សរុប៖", "ពិនិត្យទិន្នន័យ៖"), never a Latin colon: one
    // left once the data is removed is the tool's.
    if (language === 'km')
      for (const _ of rest.matchAll(/:/g))
        found.push({ where: item.where, found: '":"', text: item.text.slice(0, 300) });
    for (const run of rest.match(RUN) ?? []) {
      if (fromData(run)) continue;
      if (language === 'en') {
        for (const word of run.split(/[\s/.,:;()–-]+/))
          if (word && !ENGLISH_ALLOWED_KHMER.has(word))
            found.push({ where: item.where, found: word, text: item.text.slice(0, 300) });
        continue;
      }
      for (const m of run.matchAll(/[A-Za-z][A-Za-z'’-]*|[0-9]+/g)) {
        const word = m[0].replace(/[’'-]+$/, '');
        if (/[0-9]/.test(word) ? !item.valueCell : !KHMER_ALLOWED_WORDS.has(word.toLowerCase()))
          found.push({ where: item.where, found: word, text: item.text.slice(0, 300) });
      }
    }
  }
  return found;
}

/** A colon between digits (a time, a ratio: ០៨:០០, 22:25) as ∶, which the colon check leaves alone. */
const protectTimes = (text: string) =>
  text.replace(/(?<=[0-9\u17E0-\u17E9]):(?=[0-9\u17E0-\u17E9])/g, '\u2236');

/**
 * The tool's marker at the start of its notes and dropdown help ("CBO Tracker: …"): the tool
 * recognises its own notes and dropdowns by it when it reads them back (validation/highlights.ts
 * NOTE_PREFIX, sharing/setup/plan.ts TOOL_PREFIX), in every language.
 */
const TOOL_MARKER = /^CBO Tracker: /;

const latinDigits = (text: string) =>
  text.replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - 0x17e0));

/** Every file under a folder (recursively), hidden folders (the Drive stand-in's records) left out. */
function filesUnder(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : filesUnder(full, suffix);
    return entry.name.endsWith(suffix) ? [full] : [];
  });
}

/** Columns of the tool's sheets that copy a cell's value. */
const VALUE_COLUMNS = new Set(
  ['Change log › Old value', 'Change log › New value'].concat(
    ['Master value', 'Partner value', 'Base value'].map((c) => `Sync conflicts › ${c}`),
  ),
);

/** The sheets the tool writes whole: every text cell of them is the tool's. */
export const TOOL_SHEETS = [
  'Validation',
  'Indicator results',
  'Indicator rows',
  'Sync conflicts',
  'Partner problems',
  'Change log',
];

function cellText(value: ExcelJS.CellValue): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    // A formula the tool wrote (=HYPERLINK(…,"label")): the label is what the user sees.
    if ('formula' in value && typeof value.formula === 'string') {
      const label = value.formula.match(/,\s*"((?:[^"]|"")*)"\s*\)\s*$/);
      return label ? label[1].replace(/""/g, '"') : undefined;
    }
  }
  return undefined;
}

/**
 * The words of a number format (its quoted text, and month or day names it asks the spreadsheet
 * for): "d\" វិច្ឆិកា \"yyyy" shows Khmer, "mmmm" an English month name, "yyyy-mm-dd" nothing.
 */
function formatWords(format: string): string {
  const quoted = [...format.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  const names = /m{3,}|d{3,}|AM\/PM/i.test(format.replace(/"[^"]*"/g, '')) ? ['(month or day name)'] : [];
  return [...quoted, ...names].join(' ');
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((part) => part.text).join('');
}

/** What a user sees in the workbooks of an output folder: tool sheets, notes, dropdown help. */
export async function seenInWorkbooks(outDir: string): Promise<Seen[]> {
  const seen: Seen[] = [];
  for (const file of filesUnder(outDir, '.xlsx')) {
    const name = path.relative(outDir, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.eachSheet((sheet) => {
      const tool = TOOL_SHEETS.includes(sheet.name);
      sheet.eachRow((row, r) => {
        row.eachCell((cell) => {
          const where = `${name} ${sheet.name}!${cell.address}`;
          // Row 1 of a tool sheet is the contract's header (read back by the tool): English by design.
          const text = tool && r > 1 ? cellText(cell.value) : undefined;
          const column = String(sheet.getRow(1).getCell(cell.col).value ?? '');
          // Change log's Time is a date cell (the spreadsheet shows it, with the tool's number
          // format, checked below); its Cell is text in the workbook's language like the rest.
          const valueCell = VALUE_COLUMNS.has(`${sheet.name} › ${column}`);
          if (text) seen.push({ where, text, valueCell });
          if (tool && r > 1 && cell.value instanceof Date && typeof cell.numFmt === 'string')
            seen.push({ where: `${where} number format`, text: formatWords(cell.numFmt) });
          const note = noteText(cell.note);
          if (note) seen.push({ where: `${where} note`, text: note });
          const help = cell.dataValidation?.prompt;
          if (help) seen.push({ where: `${where} dropdown help`, text: help });
          const error = cell.dataValidation?.error;
          if (error) seen.push({ where: `${where} dropdown error`, text: error });
        });
      });
    });
  }
  return seen;
}

/** Paragraph texts of a .docx part (document, header, footer). */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''))
    .filter((text) => text.trim() !== '');
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** What a reader sees in the documents of an output folder (the default templates left out). */
export async function seenInDocuments(
  outDir: string,
  skip: (file: string) => boolean = () => false,
): Promise<Seen[]> {
  const seen: Seen[] = [];
  for (const file of filesUnder(path.join(outDir, 'docs'), '.docx')) {
    if (skip(file)) continue;
    const name = path.basename(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const parts = Object.keys(zip.files).filter((part) =>
      /^word\/(document|header\d*|footer\d*)\.xml$/.test(part),
    );
    for (const part of parts.sort()) {
      const xml = (await zip.file(part)?.async('string')) ?? '';
      paragraphsOf(xml).forEach((text, i) =>
        seen.push({ where: `${name} ${part} paragraph ${i + 1}`, text }),
      );
    }
  }
  return seen;
}

/** The CLI's human output, line by line (alerts and toasts included), the output's file paths left out. */
export function seenInOutput(stderr: string, outDir: string): Seen[] {
  const base = escape(path.basename(outDir));
  return (
    stderr
      .split('\n')
      // The list of files written ("Results:", "wrote FILE"): the paths the user chose.
      .map((text) => text.replace(/^((?:wrote|បានសរសេរ) ).*$/, '$1'))
      .filter((text) => !new RegExp(`^\\s+\\S*${base}`).test(text))
      .map((text, i) => ({
        where: `stderr line ${i + 1}`,
        // "[alert] Title: text": the CLI's picture of a dialog, its kind, title and text checked
        // like the rest ("[ប្រអប់សារ] ចំណងជើង៖ …" in Khmer).
        text: text.replace(new RegExp(`\\S*${base}\\S*`, 'g'), ' '),
      }))
      .filter((line) => line.text.trim() !== '')
  );
}
