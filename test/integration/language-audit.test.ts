/**
 * The language audit (test/support/language-audit.ts) on what a user sees after `npm start`:
 * with Language = km no Latin letter or digit of the tool's own is left anywhere (the CLI's lines,
 * alerts and toasts, the tool's sheets, notes and dropdown help, partner copies, the minutes and
 * the report); with en no Khmer of the tool's own. On the example workbooks, and on a second
 * workbook written here with other data: Khmer place names, Khmer digits, បាទ / ចាស / ទេ, a Khmer
 * meeting, and a project whose report is in English while the workbook is Khmer (its figures,
 * computed in Khmer, are cited in Latin digits).
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT } from '../../src/offline/runtime';
import { runCli } from '../support/cli';
import { tempDir } from '../support/runtime';
import {
  dataTexts,
  foreignText,
  seenInDocuments,
  seenInOutput,
  seenInWorkbooks,
  type Foreign,
  type Seen,
} from '../support/language-audit';

const EXAMPLES = ['cbo-tracker-example.xlsx', 'needs-fixing.xlsx'].map((name) =>
  path.join(REPO_ROOT, 'examples', name),
);
/** Names the CLI prints that are the user's own words: commands and files. */
const CLI_WORDS = [
  ...['validate', 'indicators', 'minutes', 'report', 'setup', 'partners-split', 'examples'],
  // the CLI's options and folders (--meeting ID, DIR/docs/)
  ...['--meeting', '--project', 'docs', 'partners', 'npx cbo-tracker partners-collect'],
  ...EXAMPLES.map((file) => path.relative(REPO_ROOT, file)),
];

/** One line per place: the words found, then the text they are in. */
function report(found: Foreign[]): string[] {
  const byText = new Map<string, { words: Set<string>; places: Set<string> }>();
  for (const f of found) {
    const entry = byText.get(f.text) ?? { words: new Set(), places: new Set() };
    entry.words.add(f.found);
    entry.places.add(f.where);
    byText.set(f.text, entry);
  }
  return [...byText.entries()].map(([text, { words, places }]) => {
    const [first] = places;
    const more = places.size > 1 ? ` (and ${places.size - 1} more places)` : '';
    return `${first}${more}: ${[...words].join(' ')} in ${JSON.stringify(text)}`;
  });
}

async function seenAfter(stderr: string, outDir: string, skipDocument?: (file: string) => boolean) {
  return [
    ...seenInOutput(stderr, outDir),
    ...(await seenInWorkbooks(outDir)),
    ...(await seenInDocuments(outDir, skipDocument)),
  ];
}

describe('npm start: everything a user sees is in the language of the workbook', () => {
  const data = () => dataTexts(EXAMPLES);

  test.each(['km', 'en'] as const)(
    'Language = %s',
    async (language) => {
      const out = tempDir(`audit-${language}-`);
      const run = runCli(REPO_ROOT, 'demo', '--language', language, '--out', out);
      expect(run.code).toBe(0);
      const seen = await seenAfter(run.stderr, out);
      // The audit looked at every kind of place.
      for (const kind of ['stderr', 'Validation!', 'Indicator results!', ' note', 'dropdown help', '.docx'])
        expect(seen.some((s) => s.where.includes(kind))).toBe(true);
      expect(seen.some((s) => s.where.startsWith('partners'))).toBe(true);
      // Documents say fixed choices (National, Female) in their language; messages may cite them.
      const documents = seen.filter((s) => s.where.includes('.docx'));
      const rest = seen.filter((s) => !s.where.includes('.docx'));
      expect(report(foreignText(rest, await data(), language, CLI_WORDS))).toEqual([]);
      const choices = { choices: language === 'en' };
      expect(report(foreignText(documents, await data(), language, CLI_WORDS, choices))).toEqual([]);
      // The report's breakdown rows by province (IND-1.5) name the provinces as Geography does in
      // the report's language: the audit cannot tell (a place name is data in both languages).
      const report_ = documents.filter((s) => s.where.startsWith('P-2019-01')).map((s) => s.text);
      const [english, khmer] = language === 'km' ? [[], ['កណ្តាល', 'តាកែវ']] : [['Kandal', 'Takéo'], []];
      for (const place of [...english, ...khmer]) expect(report_).toContain(place);
      for (const place of language === 'km' ? ['Kandal', 'Takéo'] : ['កណ្តាល', 'តាកែវ'])
        expect(report_).not.toContain(place);
    },
    300_000,
  );
});

/** The example workbook rewritten the Khmer way. */
async function khmerWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLES[0]);
  const sheet = (name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;
  const columnOf = (ws: ExcelJS.Worksheet, header: string) => {
    let found = 0;
    ws.getRow(1).eachCell((cell, c) => {
      if (String(cell.value).trim() === header) found = c;
    });
    if (!found) throw new Error(`${ws.name} has no ${header}`);
    return found;
  };
  const khmerDigits = (text: string) =>
    text.replace(/[0-9]/g, (d) => String.fromCharCode(0x17e0 + Number(d)));

  // Provinces and districts by their Khmer names (Geography's Khmer columns).
  const geography = sheet('Geography');
  const khmerOf = new Map<string, string>();
  for (const [latin, khmer] of [
    ['Province', 'Province (Khmer)'],
    ['District', 'District (Khmer)'],
  ]) {
    const l = columnOf(geography, latin);
    const k = columnOf(geography, khmer);
    geography.eachRow((row, r) => {
      if (r > 1 && row.getCell(k).value)
        khmerOf.set(String(row.getCell(l).value), String(row.getCell(k).value));
    });
  }
  const cbos = sheet('CBOs');
  const columns = ['Province', 'District', 'Members', 'Target', 'Advocacy plan'].map((h) =>
    columnOf(cbos, h),
  );
  cbos.eachRow((row, r) => {
    if (r === 1) return;
    const [province, district, members, target, plan] = columns.map((c) => row.getCell(c));
    if (r % 2 === 0) {
      province.value = khmerOf.get(String(province.value)) ?? province.value;
      district.value = khmerOf.get(String(district.value)) ?? district.value;
    }
    if (typeof members.value === 'number' && r % 3 === 0) members.value = khmerDigits(String(members.value));
    for (const cell of [target, plan]) {
      const yes = cell.value === true || /^(yes|y|true)$/i.test(String(cell.value));
      cell.value = yes ? (r % 2 ? 'បាទ' : 'ចាស') : 'ទេ';
    }
  });
  // A Khmer meeting, and a project whose report stays English.
  const meetings = sheet('Meetings');
  const title = columnOf(meetings, 'Title');
  meetings.getRow(2).getCell(title).value = 'កិច្ចប្រជុំពិគ្រោះយោបល់ជាមួយដៃគូ ឆ្នាំ២០១៧';
  meetings.getRow(2).getCell(columnOf(meetings, 'Location')).value = 'ខេត្តកំពង់ស្ពឺ';
  const projects = sheet('Projects');
  const language = projects.getRow(1).cellCount + 1;
  projects.getRow(1).getCell(language).value = 'Language';
  projects.getRow(2).getCell(language).value = 'English';
  // Settings › Language = ខ្មែរ
  const settings = sheet('Settings');
  let set = false;
  settings.eachRow((row) => {
    if (String(row.getCell(1).value).trim() === 'Language') {
      row.getCell(2).value = 'ខ្មែរ';
      set = true;
    }
  });
  if (!set) settings.addRow(['Language', 'ខ្មែរ']);
  await workbook.xlsx.writeFile(file);
}

describe('a Khmer workbook written here (Khmer places and digits, បាទ / ចាស / ទេ)', () => {
  test('every command speaks Khmer; the English report cites the Khmer figures in Latin digits', async () => {
    const folder = tempDir('audit-khmer-');
    const input = path.join(folder, 'input', 'khmer-workbook.xlsx');
    fs.mkdirSync(path.dirname(input));
    await khmerWorkbook(input);
    const data = await dataTexts([input]);
    const seen: Seen[] = [];
    let from = input;
    const commands = ['validate', 'indicators', 'minutes', 'report', 'setup', 'partners-split'];
    for (const [i, command] of commands.entries()) {
      const out = path.join(folder, `${i + 1}-${command}`);
      const run = runCli(folder, command, from, '--out', out);
      expect([0, 1]).toContain(run.code);
      seen.push(...seenInOutput(run.stderr, folder));
      from = path.join(out, path.basename(input));
    }
    // A partner edits its copy the Khmer way, with a mistake, while the master changes a cell too.
    const split = path.join(folder, `${commands.length}-partners-split`);
    await editPartnerCopy(split, from);
    const collected = path.join(folder, `${commands.length + 1}-partners-collect`);
    const collect = runCli(folder, 'partners-collect', from, '--from', split, '--out', collected);
    expect(collect.code).toBe(1);
    seen.push(...seenInOutput(collect.stderr, folder));
    const outs = [...commands.map((command, i) => path.join(folder, `${i + 1}-${command}`)), collected];
    for (const out of outs) seen.push(...(await seenInWorkbooks(out)));
    for (const sheet of ['Sync conflicts', 'Partner problems', 'Change log'])
      expect(seen.some((s) => s.where.includes(`${sheet}!`))).toBe(true);
    // A document's language shows in its name (កំណត់ហេតុកិច្ចប្រជុំ, Progress report): the project
    // with Language = English has an English report, made from the English default template.
    const khmerName = (file: string) => /[\u1780-\u17FF]/.test(path.basename(file));
    const khmerDocuments: Seen[] = [];
    const englishDocuments: Seen[] = [];
    const names: string[] = [];
    for (const out of outs) {
      khmerDocuments.push(...(await seenInDocuments(out, (file) => !khmerName(file))));
      englishDocuments.push(...(await seenInDocuments(out, khmerName)));
      names.push(...docxNames(out));
    }
    expect(khmerDocuments.length).toBeGreaterThan(20);
    expect(englishDocuments.some((s) => s.where.startsWith('P-'))).toBe(true);
    // The toasts name the documents as they are called (an English report has an English name).
    const extra = [...CLI_WORDS, ...names];
    expect(report(foreignText(seen, data, 'km', extra))).toEqual([]);
    expect(report(foreignText(khmerDocuments, data, 'km', extra, { choices: false }))).toEqual([]);
    expect(report(foreignText(englishDocuments, data, 'en', extra))).toEqual([]);
    // The English report cites the figures computed in Khmer in Latin digits.
    expect(englishDocuments.map((s) => s.text).join('\n')).toMatch(/16\.25% \(13 of 80\)/);
  }, 600_000);
});

/**
 * One partner's copy edited as a partner typing Khmer would: Members in Khmer digits, a Women
 * members that is no number (held back), a new CBO; and the master's Members of the same CBO
 * changed meanwhile (a conflict).
 */
async function editPartnerCopy(split: string, master: string): Promise<void> {
  const index = JSON.parse(fs.readFileSync(path.join(split, 'partners', '.index.json'), 'utf8')) as Record<
    string,
    string
  >;
  const file = path.join(split, 'partners', Object.values(index)[0]);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(file);
  const cbos = copy.getWorksheet('CBOs') as ExcelJS.Worksheet;
  const header = (cbos.getRow(1).values as ExcelJS.CellValue[]).map((v) =>
    String(v ?? '')
      .replace(/\*$/, '')
      .trim(),
  );
  const col = (name: string) => header.indexOf(name);
  const first = cbos.getRow(2);
  const second = cbos.getRow(3);
  const id = String(second.getCell(col('CBO ID')).value);
  first.getCell(col('Members')).value = '៣០';
  second.getCell(col('Members')).value = '៤៥';
  second.getCell(col('Women members')).value = 'ច្រើន';
  const added = cbos.getRow(cbos.rowCount + 1);
  (first.values as ExcelJS.CellValue[]).slice(1).forEach((value, i) => (added.getCell(i + 1).value = value));
  added.getCell(col('CBO ID')).value = 'CBO-៩០០';
  added.getCell(col('CBO name')).value = 'ក្រុមសន្សំប្រាក់ថ្មី';
  await copy.xlsx.writeFile(file);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(master);
  const sheet = workbook.getWorksheet('CBOs') as ExcelJS.Worksheet;
  const masterHeader = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? '').trim());
  sheet.eachRow((row) => {
    if (String(row.getCell(masterHeader.indexOf('CBO ID')).value) === id)
      row.getCell(masterHeader.indexOf('Members')).value = 99;
  });
  await workbook.xlsx.writeFile(master);
}

/** The names of the documents made under an output folder (without .docx). */
function docxNames(out: string): string[] {
  const dir = path.join(out, 'docs');
  if (!fs.existsSync(dir)) return [];
  const walk = (folder: string): string[] =>
    fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.docx') ? [entry.name.replace(/\.docx$/, '')] : [];
    });
  return walk(dir);
}
