/**
 * Apps Script files as Google's guides and quickstarts write them (test/fixtures/apps-script/),
 * run through `cbo-tracker run FUNCTION FILE --code FILE.js --json` on an uploaded .xlsx: each
 * function either does what Google documents or throws exactly `not emulated: Class.method` (exit
 * 1), never a JavaScript TypeError or ReferenceError of the emulation's own. The execution log
 * (Logger, console) comes back as the editor shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT } from '../../src/offline/runtime';
import { runCli } from '../support/cli';
import { ensureBuild, openWorkbookFile, tempDir } from '../support/runtime';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'apps-script');
const OUTSIDE = 'Exception: The coordinates of the range are outside the dimensions of the sheet.';

let dir: string;
let book: string;

beforeAll(async () => {
  ensureBuild();
  dir = tempDir('cbo-samples-');
  book = path.join(dir, 'scores.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Scores').addRows([
    ['Name', 'Score'],
    ['Dara', 12],
    ['Sok', 30],
    ['Vanna', 7],
  ]);
  await workbook.xlsx.writeFile(book);
});

interface Outcome {
  code: number;
  returned: unknown;
  error: string | null;
  log?: string[];
}

function run(file: string, fn: string): Outcome {
  const out = runCli(
    dir,
    'run',
    fn,
    book,
    '--code',
    path.join(FIXTURES, file),
    '--out',
    path.join(dir, `${path.basename(file, '.js')}-${fn}`),
    '--json',
  );
  const parsed = JSON.parse(out.stdout) as Omit<Outcome, 'code'>;
  return { code: out.code ?? -1, ...parsed };
}

type Case = [file: string, fn: string, expected: { returned: unknown } | { error: string }];

const CASES: Case[] = [
  ['sheets-basics.js', 'logRows', { returned: 4 }],
  ['sheets-basics.js', 'addProduct', { returned: 5 }],
  [
    'sheets-basics.js',
    'writeBlock',
    {
      returned: [
        ['Sok', 10],
        ['Vanna', 20],
      ],
    },
  ],
  ['sheets-basics.js', 'writePastGrid', { error: OUTSIDE }],
  ['sheets-basics.js', 'formatSheet', { returned: ['12.00', 'bold', 1] }],
  [
    'sheets-basics.js',
    'sortByScore',
    {
      returned: [
        ['Sok', 30],
        ['Dara', 12],
        ['Vanna', 7],
      ],
    },
  ],
  ['sheets-basics.js', 'a1Notation', { returned: [12, 13, '=SUM(B2:B4)', 'A2:B3'] }],
  ['sheets-basics.js', 'formulaPastGrid', { error: OUTSIDE }],
  [
    'sheets-basics.js',
    'raggedValues',
    {
      error:
        'Exception: The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    },
  ],
  ['sheets-basics.js', 'onOpen', { returned: null }],
  [
    'sheets-basics.js',
    'dates',
    { returned: ['2024-01-15T03:04:05Z', 'Mon, 15 Jan 2024 10:04', 'Asia/Phnom_Penh', 'Asia/Phnom_Penh'] },
  ],
  ['sheets-basics.js', 'sendMail', { error: 'Exception: not emulated: GmailApp.sendEmail' }],
  ['docs-basics.js', 'highlight', { returned: 2 }],
  ['docs-basics.js', 'activeDocument', { error: 'Exception: not emulated: DocumentApp.getActiveDocument' }],
  [
    'services-basics.js',
    'properties',
    { returned: { all: { greeting: 'hello', a: '1' }, keys: ['a', 'greeting'], count: '1' } },
  ],
  ['services-basics.js', 'cache', { returned: ['value', { x: '1', y: '2' }, null] }],
  ['services-basics.js', 'lock', { returned: [true, true, false] }],
  ['services-basics.js', 'triggers', { returned: [['cache', 'properties'], 0] }],
  ['services-basics.js', 'sidebar', { returned: 'Hello, World! xx' }],
  [
    'services-basics.js',
    'utilities',
    {
      returned: {
        base64: 'SGVsbG8=',
        decoded: 'Hello',
        blob: ['hello.txt', 'text/plain', 'Hello'],
        uuid: true,
        md5: 16,
        formatted: 'cart has 3 items',
      },
    },
  ],
  [
    'services-basics.js',
    'session',
    { returned: { timeZone: 'Asia/Phnom_Penh', effective: 'you@example.org', locale: 'en' } },
  ],
  ['services-basics.js', 'sleepAndLog', { returned: true }],
  ['services-basics.js', 'fetchUrl', { error: 'Exception: not emulated: UrlFetchApp.fetch' }],
];

jest.setTimeout(300_000);

test.each(CASES)('%s › %s behaves as Google documents, or is named as not emulated', (file, fn, expected) => {
  const outcome = run(file, fn);
  if ('error' in expected) {
    expect([outcome.code, outcome.error]).toEqual([1, expected.error]);
  } else {
    expect([outcome.code, outcome.error, outcome.returned]).toEqual([0, null, expected.returned]);
  }
  expect(outcome.error ?? '').not.toMatch(/^(TypeError|ReferenceError|RangeError|SyntaxError)/);
});

test('the fixtures hold no function the table above does not run (so a new sample is not forgotten)', () => {
  const listed = new Set(CASES.map(([file, fn]) => `${file}:${fn}`));
  const extra = ['docs-basics.js:createDocument', 'sheets-basics.js:onEdit'];
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.js'))) {
    const names = [...fs.readFileSync(path.join(FIXTURES, file), 'utf8').matchAll(/^function (\w+)/gm)];
    for (const [, name] of names)
      expect([`${file}:${name}`, listed.has(`${file}:${name}`) || extra.includes(`${file}:${name}`)]).toEqual(
        [`${file}:${name}`, true],
      );
  }
});

test('Logger.log and console lines come back as the execution log shows them, at their levels', () => {
  expect(run('sheets-basics.js', 'logRows').log).toEqual([
    'Info    Name: Name Score: Score',
    'Info    Name: Dara Score: 12',
    'Info    Name: Sok Score: 30',
    'Info    Name: Vanna Score: 7',
    'Debug   rows read: 4',
  ]);
  expect(run('services-basics.js', 'sleepAndLog').log).toEqual([
    'Info    slept 100 ms',
    'Info    {"done":true}',
    'Warning a warning',
    'Error   an error',
  ]);
  const plain = runCli(
    dir,
    'run',
    'logRows',
    book,
    '--code',
    path.join(FIXTURES, 'sheets-basics.js'),
    '--out',
    path.join(dir, 'plain'),
  );
  expect(plain.stdout + plain.stderr).toContain('Info    Name: Dara Score: 12');
});

test('a document made as the Docs quickstart makes it reads back with its paragraphs and table', () => {
  const outcome = run('docs-basics.js', 'createDocument');
  expect(outcome.error).toBeNull();
  const made = outcome.returned as {
    name: string;
    paragraphs: number;
    tables: number;
    text: string;
    url: boolean;
  };
  // getParagraphs counts every paragraph, list items and those in table cells included.
  expect(made).toMatchObject({ name: 'Hello, world!', paragraphs: 10, tables: 1, url: true });
  expect(made.text).toContain('A document created by Apps Script.');
  expect(made.text).toContain('A few bold words.');
});

test('the onEdit sample, fired by an edit of the sheet, notes the new value', async () => {
  const runtime = await openWorkbookFile(book, { codePath: path.join(FIXTURES, 'sheets-basics.js') });
  runtime.edit('Scores', 'B3', 99, { simpleTrigger: true });
  expect(runtime.spreadsheet.getSheetByName('Scores')!.getRange('B3').getNote()).toBe('Changed to 99');
});
