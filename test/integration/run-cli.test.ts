/**
 * `cbo-tracker run FUNCTION FILE [--code BUNDLE.js] [--as EMAIL] [--addon] [--out DIR] [--json]`:
 * any top-level function, exit codes 0/1/2, Apps Script's messages, and what the runtime keeps
 * beside the saved workbook (owner, editors, protections, triggers, properties) carried over.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild, tempDir } from '../support/runtime';
import { runCli } from '../support/cli';

const PROTECTED =
  'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const SCRIPT = `
function sheet() { return SpreadsheetApp.getActive().getSheets()[0]; }
function hello() { return { name: sheet().getName(), rows: sheet().getLastRow() }; }
function outside() { sheet().getRange(5000, 1).setValue('x'); }
function boom() { throw new Error('boom'); }
function protectHeader() {
  var p = sheet().getRange('A1:B1').protect().setDescription('header');
  p.removeEditors(p.getEditors());
  PropertiesService.getDocumentProperties().setProperty('kept', 'yes');
  ScriptApp.newTrigger('hello').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
}
function writeHeader() { sheet().getRange('A1').setValue('changed'); }
function writeBelow() { sheet().appendRow([Session.getEffectiveUser().getEmail()]); }
function state() {
  return {
    owner: SpreadsheetApp.getActive().getOwner().getEmail(),
    property: PropertiesService.getDocumentProperties().getProperty('kept'),
    triggers: ScriptApp.getProjectTriggers().length,
    active: Session.getActiveUser().getEmail()
  };
}
`;

let dir: string;
let input: string;
let code: string;

beforeAll(async () => {
  ensureBuild();
  dir = tempDir('cbo-run-');
  input = path.join(dir, 'book.xlsx');
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Data');
  ws.addRow(['Name', 'Value']);
  ws.addRow(['a', 1]);
  await workbook.xlsx.writeFile(input);
  code = path.join(dir, 'Code.js');
  fs.writeFileSync(code, SCRIPT);
});

const cli = (...args: string[]) => runCli(REPO_ROOT, ...args);

function json(out: { stdout: string }) {
  return JSON.parse(out.stdout) as { returned: unknown; error: string | null; appsScriptSeconds: number };
}

test('returns: exit 0, --json {"returned", "error": null, "appsScriptSeconds"}', () => {
  const out = cli('run', 'hello', input, '--code', code, '--out', path.join(dir, 'a'), '--json');
  expect(out.code).toBe(0);
  const result = json(out);
  expect(result).toEqual({
    returned: { name: 'Data', rows: 2 },
    error: null,
    appsScriptSeconds: expect.any(Number),
  });
  expect(result.appsScriptSeconds).toBeGreaterThan(0);
  expect(fs.existsSync(path.join(dir, 'a', 'book.xlsx'))).toBe(true);
});

test('throws: exit 1 with the message as Apps Script shows it', () => {
  const outside = cli('run', 'outside', input, '--code', code, '--out', path.join(dir, 'b'), '--json');
  expect(outside.code).toBe(1);
  expect(json(outside).error).toBe(
    'Exception: The coordinates of the range are outside the dimensions of the sheet.',
  );
  const boom = cli('run', 'boom', input, '--code', code, '--out', path.join(dir, 'b'));
  expect(boom.code).toBe(1);
  expect(boom.stderr).toContain('Error: boom');
});

test('bad usage: exit 2 (no function, unknown function, --as without an address)', () => {
  expect(cli('run', input).code).toBe(2);
  expect(cli('run', 'nothing', input, '--code', code, '--out', path.join(dir, 'c')).code).toBe(2);
  expect(cli('run', 'hello', input, '--code', code, '--as', 'nobody').code).toBe(2);
});

test('owner, protections, properties and triggers carry to the next run; --as runs as an editor', () => {
  const first = path.join(dir, 'first');
  expect(cli('run', 'protectHeader', input, '--code', code, '--out', first).code).toBe(0);
  const saved = path.join(first, 'book.xlsx');
  const second = path.join(dir, 'second');
  const asStaff = cli(
    'run',
    'writeHeader',
    saved,
    '--code',
    code,
    '--out',
    second,
    '--as',
    'staff@example.org',
    '--json',
  );
  expect(asStaff.code).toBe(1);
  expect(json(asStaff).error).toBe(PROTECTED);
  const below = cli('run', 'writeBelow', saved, '--code', code, '--out', second, '--as', 'staff@example.org');
  expect(below.code).toBe(0);
  expect(cli('run', 'writeHeader', saved, '--code', code, '--out', path.join(dir, 'third')).code).toBe(0);
  const owner = json(cli('run', 'state', saved, '--code', code, '--out', path.join(dir, 'fourth'), '--json'));
  expect(owner.returned).toEqual({
    owner: 'you@example.org',
    property: 'yes',
    triggers: 1,
    active: 'you@example.org',
  });
  const staff = json(
    cli(
      'run',
      'state',
      saved,
      '--code',
      code,
      '--out',
      path.join(dir, 'fifth'),
      '--json',
      '--as',
      'staff@example.org',
    ),
  );
  expect(staff.returned).toEqual({ owner: 'you@example.org', property: 'yes', triggers: 0, active: '' });
});

test('a saved workbook read again is the same spreadsheet: Start change log twice keeps one trigger', () => {
  const once = path.join(dir, 'log-once');
  const first = json(cli('run', 'startChangeLog', input, '--out', once, '--json'));
  expect(first.returned).toMatchObject({ installed: true, alreadyInstalled: false });
  const again = json(
    cli(
      'run',
      'startChangeLog',
      path.join(once, 'book.xlsx'),
      '--out',
      path.join(dir, 'log-twice'),
      '--json',
    ),
  );
  expect(again.returned).toMatchObject({ installed: false, alreadyInstalled: true });
  const triggers = JSON.parse(
    fs.readFileSync(path.join(dir, 'log-twice', 'book.xlsx.triggers.json'), 'utf8'),
  ) as {
    handler?: string;
    handlerFunction?: string;
    sourceId: string | null;
  }[];
  expect(triggers).toHaveLength(1);
});

test('--addon: the user’s address is withheld even from the owner', () => {
  const out = json(
    cli('run', 'state', input, '--code', code, '--out', path.join(dir, 'addon'), '--json', '--addon'),
  );
  expect(out.returned).toMatchObject({ active: '' });
});

test('the bundle’s own functions run too (default build/Code.js), and every command takes --as', () => {
  const out = cli('run', 'onOpen', input, '--out', path.join(dir, 'bundle'), '--json');
  expect(out.code).toBe(0);
  const validate = cli(
    'validate',
    input,
    '--out',
    path.join(dir, 'validate'),
    '--as',
    'staff@example.org',
    '--json',
  );
  expect([0, 1]).toContain(validate.code);
});

describe('Apps Script time the script spends itself', () => {
  const TIMED = `
var atLoad = SpreadsheetApp.getActive().getSheets()[0].getDataRange().getValues().length;
function nap() { Utilities.sleep(1000); return atLoad; }
function sleepy() { for (var i = 0; i < 400; i++) Utilities.sleep(1000); return 'woke'; }
function tooLong() { Utilities.sleep(400000); }
`;
  let timed: string;
  beforeAll(() => {
    timed = path.join(dir, 'Timed.js');
    fs.writeFileSync(timed, TIMED);
  });

  test('Utilities.sleep counts: 400 × 1 s passes the 6 minutes, as online', () => {
    const out = cli('run', 'sleepy', input, '--code', timed, '--out', path.join(dir, 's1'), '--json');
    expect(out.code).toBe(1);
    expect(json(out).error).toBe('Exception: Exceeded maximum execution time');
  });

  test('Utilities.sleep past its documented 300,000 ms is refused', () => {
    const out = cli('run', 'tooLong', input, '--code', timed, '--out', path.join(dir, 's2'), '--json');
    expect(out.code).toBe(1);
    expect(json(out).error).toMatch(/^Exception: Invalid argument: milliseconds/);
  });

  test('calls made at load time are paid by the execution (top-level code runs every time)', () => {
    const out = json(cli('run', 'nap', input, '--code', timed, '--out', path.join(dir, 's3'), '--json'));
    expect(out.returned).toBe(2);
    // One second of sleep plus the load-time calls (a spreadsheet open and a read at least).
    expect(out.appsScriptSeconds).toBeGreaterThan(1.1);
  });
});

describe('menu functions that ask', () => {
  const example = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');

  test('--answer types into the prompt: generateMinutes makes the meeting asked for', () => {
    const out = cli(
      'run',
      'generateMinutes',
      example,
      '--answer',
      'M-2017-09',
      '--out',
      path.join(dir, 'm1'),
      '--json',
    );
    expect(out.code).toBe(0);
    const returned = json(out).returned as { documents: { id: string }[] };
    expect(returned.documents.map((d) => d.id)).toEqual(['M-2017-09']);
  });

  test('without --answer the prompt is cancelled and nothing is made', () => {
    const out = cli('run', 'generateMinutes', example, '--out', path.join(dir, 'm2'), '--json');
    expect(out.code).toBe(0);
    expect(JSON.stringify(json(out).returned)).not.toContain('M-2017-09');
  });

  test('Share report with partners asks its own question, and --no declines the e-mails', () => {
    const out = cli(
      'run',
      'shareReportWithPartners',
      example,
      '--answer',
      'P-2019-01',
      '--no',
      '--out',
      path.join(dir, 'm3'),
    );
    expect(out.stderr).toContain('Project ID whose progress report to share');
    expect(out.stderr).not.toContain('Project ID to generate');
    expect(out.code).toBe(0);
  });
});

describe('cells as Google shows them', () => {
  const CELLS = `
function shown() {
  var r = SpreadsheetApp.getActive().getSheets()[0].getRange('B1');
  r.setValue(new Date(Date.UTC(2021, 1, 14, 3, 30, 5)));
  r.setNumberFormat('yyyy-mm-dd h:mm:ss');
  var a = r.getDisplayValue();
  r.setNumberFormat('d mmmm yyyy, hh:mm am/pm');
  return [a, r.getDisplayValue()];
}
`;
  let file: string;
  beforeAll(() => {
    file = path.join(dir, 'Cells.js');
    fs.writeFileSync(file, CELLS);
  });

  test('a display value follows the cell’s date-time format', () => {
    const out = json(cli('run', 'shown', input, '--code', file, '--out', path.join(dir, 'c2'), '--json'));
    // 03:30:05 UTC is 10:30:05 in the spreadsheet's zone (Asia/Phnom_Penh).
    expect(out.returned).toEqual(['2021-02-14 10:30:05', '14 February 2021, 10:30 AM']);
  });
});
