/**
 * docs/workbook.md, generated from the contract (src/workbook/contract.ts): every sheet CBO
 * Tracker reads or writes, its columns, kinds and constraints, and the settings it reads. Pure.
 * `npx cbo-tracker contract --write` writes it; a test keeps the file current.
 */
import { choiceWord } from '../i18n/choices';
import { own } from './keys';
import {
  CHOICE_SYNONYMS,
  COLUMN_NOTES,
  GENDERS,
  LEVELS,
  INPUT_SHEETS,
  OUTPUT_SHEETS,
  SETTING_NAMES,
  TOOL_SHEETS,
  type ColumnSpec,
  type SheetSpec,
} from './contract';

const KIND_TEXT: Record<ColumnSpec['kind'], string> = {
  text: 'text',
  whole: 'whole number',
  number: 'number',
  date: 'date',
  time: 'time of day',
  yesno: 'Yes/No',
  list: 'list value',
  email: 'e-mail',
  phone: 'phone number',
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

function constraints(column: ColumnSpec, note: string | undefined): string {
  const parts: string[] = [];
  if (column.list) parts.push(`a value of Lists › ${column.list}`);
  if (column.choices) parts.push(`one of ${column.choices.join(', ')}`);
  if (column.min !== undefined && column.max !== undefined)
    parts.push(`from ${column.min} to ${column.max === 'this-year' ? 'this year' : column.max}`);
  else if (column.min !== undefined) parts.push(`${column.min} or more`);
  else if (column.max !== undefined)
    parts.push(`at most ${column.max === 'this-year' ? 'this year' : column.max}`);
  if (column.notFuture) parts.push('today or earlier');
  if (column.manyEmails) parts.push('several addresses separated by commas');
  if (column.khmer)
    parts.push(`in Khmer script (${column.khmer === 'error' ? 'an error' : 'a warning'} if not)`);
  if (column.multiline) parts.push('one item per line');
  if (column.written) parts.push('written by the tool');
  if (column.aliases?.length) parts.push(`also read as ${column.aliases.map((a) => `"${a}"`).join(', ')}`);
  if (note) parts.push(note);
  return parts.join('; ');
}

function sheetSection(spec: SheetSpec): string[] {
  const lines = [`### ${spec.name}`, ''];
  if (spec.key) lines.push(`One row per ${spec.key} (unique).`, '');
  if (spec.record) lines.push('A record the tool appends to: the whole sheet is protected.', '');
  lines.push('| Column | Kind | Required | Values |', '| --- | --- | --- | --- |');
  for (const column of spec.columns) {
    lines.push(
      `| ${cell(column.header)} | ${KIND_TEXT[column.kind]} | ${column.required ? 'yes' : ''} | ${cell(constraints(column, COLUMN_NOTES[spec.name]?.[column.header]))} |`,
    );
  }
  lines.push('');
  return lines;
}

/** The whole of docs/workbook.md. */
export function workbookDocument(): string {
  const lines = [
    '# The workbook contract',
    '',
    '<!-- Generated from src/workbook/contract.ts by `npx cbo-tracker contract --write`; do not edit by hand. -->',
    '',
    'Every sheet CBO Tracker reads or writes. Headers are found by their text (case, spaces and a',
    'trailing `*` ignored), never by position; columns the tool does not know are kept as they are;',
    'row numbers are sheet rows (the header is row 1).',
    '',
    '## Sheets you fill in',
    '',
    ...INPUT_SHEETS.flatMap(sheetSection),
    '## Sheets the tool writes',
    '',
    'Rebuilt by their menu item each run; edits there are overwritten.',
    '',
    ...OUTPUT_SHEETS.flatMap(sheetSection),
    '## Sheets the tool adds when needed',
    '',
    'Made by the menu item that first writes them (Set up sheets does not add them); their header',
    'row is protected like the others.',
    '',
    ...TOOL_SHEETS.flatMap(sheetSection),
    '## Settings',
    '',
    'One row per setting in the Settings sheet (Setting, Value):',
    '',
    ...SETTING_NAMES.map((name) => `- ${name}`),
    '',
    '## Other spellings of fixed values',
    '',
    'A fixed value may be typed as its Khmer word, in a workbook of either language: it is read as',
    'the value without a warning, and it is what the dropdowns of a Khmer workbook or partner copy',
    'list (before the values themselves). The cell keeps what was typed. Other spellings are read as',
    'the value, with a warning that names the canonical spelling (the Khmer word in a Khmer workbook):',
    '',
    '| Value | Khmer word | Also read |',
    '| --- | --- | --- |',
    ...[...GENDERS, ...LEVELS].map(
      (value) =>
        `| ${value} | ${choiceWord(value, 'km')} | ${Object.keys(own(CHOICE_SYNONYMS, value) ?? {}).join(', ')} |`,
    ),
    '',
    `Yes/No columns read Yes, No, Y, N, TRUE, FALSE, a checkbox, បាទ, ចាស, ទេ and the Khmer dropdown's`,
    `${choiceWord('Yes', 'km')} and ${choiceWord('No', 'km')}, in any case, without a warning. A Language column reads`,
    'en, km, English, Khmer, ខ្មែរ, អង់គ្លេស (any case); its Khmer dropdown lists អង់គ្លេស and ខ្មែរ first.',
    '',
  ];
  return lines.join('\n');
}
