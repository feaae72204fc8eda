/**
 * The CLI's input, as coordinators' files really arrive (issue 14): the input is never written
 * (symbolic links, hard links), a file that is not a workbook is named for what it is, --json
 * prints {"error"} on exit 2, files saved by openpyxl (comments, charts, formulas without values)
 * open or are refused with one clear line, and what the output cannot keep is named.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { REPO_ROOT } from '../../src/offline/runtime';
import { ensureBuild } from '../support/runtime';
import { runCli } from '../support/cli';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');
const OPENPYXL = path.join(REPO_ROOT, 'test', 'support', 'openpyxl-make.py');
/** Debian's python3 (python3-openpyxl, installed by .ci/run), not a user's own python. */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

let dir: string;
beforeAll(() => {
  ensureBuild();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-cli-input-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(dir, ...args);

function json(...args: string[]) {
  const result = cli(...args, '--json');
  return { ...result, json: JSON.parse(result.stdout) as Record<string, unknown> };
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A copy of the example workbook in its own folder. */
function input(name: string): string {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'workbook.xlsx');
  fs.copyFileSync(EXAMPLE, file);
  return file;
}

function openpyxl(source: string, target: string, spec: object): string {
  const made = spawnSync(PYTHON, [OPENPYXL, source, target, JSON.stringify(spec)], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openpyxl could not make ${target}: ${made.stderr}`);
  return target;
}

describe('the input is never written', () => {
  test('an --out folder that is a symbolic link to the input folder is refused before anything runs', () => {
    const file = input('symlinked');
    const link = path.join(dir, 'link-to-input');
    fs.symlinkSync(path.dirname(file), link);
    const before = sha(file);
    const result = json('validate', file, '--out', link);
    expect(result.code).toBe(2);
    expect(result.json.error).toMatch(/reaches the input .*workbook\.xlsx through a symbolic link/);
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['workbook.xlsx']);
  });

  test('an output that is a hard link of the input is refused', () => {
    const file = input('hardlinked');
    const out = path.join(dir, 'hardlink-out');
    fs.mkdirSync(out);
    fs.linkSync(file, path.join(out, 'workbook.xlsx'));
    const before = sha(file);
    const result = json('indicators', file, '--out', out);
    expect(result.code).toBe(2);
    expect(result.json.error).toMatch(/is a hard link of the input/);
    expect(sha(file)).toBe(before);
  });

  test("an output sidecar that is a link to the input's sidecar is refused", () => {
    const file = input('sidecar');
    fs.writeFileSync(`${file}.properties.json`, JSON.stringify({ script: { a: '1' } }));
    const out = path.join(dir, 'sidecar-out');
    fs.mkdirSync(out);
    fs.symlinkSync(`${file}.properties.json`, path.join(out, 'workbook.xlsx.properties.json'));
    const result = json('validate', file, '--out', out);
    expect(result.code).toBe(2);
    expect(result.json.error).toMatch(/workbook\.xlsx\.properties\.json/);
    expect(JSON.parse(fs.readFileSync(`${file}.properties.json`, 'utf8'))).toEqual({ script: { a: '1' } });
  });

  test('a document file under --out/docs that is a hard link of the input is refused too', () => {
    const file = input('docs-link');
    const out = path.join(dir, 'docs-link-out');
    fs.mkdirSync(path.join(out, 'docs', 'CBO Tracker documents'), { recursive: true });
    fs.linkSync(file, path.join(out, 'docs', 'CBO Tracker documents', 'M-2017-09 Minutes.docx'));
    const before = sha(file);
    const result = json('minutes', file, '--out', out);
    expect(result.code).toBe(2);
    expect(result.json.error).toMatch(/M-2017-09 Minutes\.docx: it is a hard link of the input/);
    expect(sha(file)).toBe(before);
  });

  test('--out naming a file is one clear line, not EEXIST', () => {
    const file = input('out-file');
    const notAFolder = path.join(dir, 'a-file.txt');
    fs.writeFileSync(notAFolder, 'x');
    const result = json('validate', file, '--out', notAFolder);
    expect(result.code).toBe(2);
    expect(result.json.error).toBe(
      `--out ${notAFolder}: is a file, not a folder; give a folder (it is made when missing)`,
    );
    expect(result.stderr).not.toMatch(/unexpected|EEXIST/);
  });
});

describe('files that are not workbooks are named for what they are', () => {
  async function zipOf(files: Record<string, string>): Promise<Buffer> {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(files)) zip.file(name, content);
    return zip.generateAsync({ type: 'nodebuffer' });
  }

  test.each([
    [
      'an OpenDocument spreadsheet',
      'budget.ods',
      () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      /is an OpenDocument spreadsheet \(\.ods\), not an \.xlsx workbook; open it in a spreadsheet program and save it as/,
    ],
    ['a Word document', 'minutes.docx', () => zipOf({ 'word/document.xml': '<x/>' }), /is a Word document/],
    ['a plain zip', 'photos.xlsx', () => zipOf({ 'a.txt': 'hi' }), /is a zip file without a workbook in it/],
    [
      'a password-protected workbook',
      'locked.xlsx',
      async () => {
        // An encrypted workbook is a Compound File with an EncryptedPackage stream (MS-OFFCRYPTO).
        const bytes = Buffer.alloc(4096);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
        Buffer.from('EncryptedPackage', 'utf16le').copy(bytes, 1152);
        return bytes;
      },
      /is protected with a password .*remove the password/,
    ],
    [
      'a binary workbook (.xlsb)',
      'budget.xlsb',
      () => zipOf({ 'xl/workbook.bin': 'x' }),
      /is a binary Excel workbook/,
    ],
    [
      'a Strict Open XML workbook',
      'strict.xlsx',
      () =>
        zipOf({
          'xl/workbook.xml':
            '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheets/></workbook>',
        }),
      /is saved as "Strict Open XML"/,
    ],
    [
      'a CSV renamed .xlsx',
      'export.xlsx',
      async () => Buffer.from('CBO ID,CBO name\nC1,A\n'),
      /is a text file/,
    ],
    ['an empty file', 'empty.xlsx', async () => Buffer.alloc(0), /the file is empty/],
  ])('%s', async (_what, name, make, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await make());
    const result = json('indicators', file, '--out', path.join(dir, 'not-workbooks'));
    expect(result.code).toBe(2);
    expect(result.json.error).toMatch(message);
    expect(result.json.error).not.toMatch(/no sheets|unexpected|end of data|central directory/i);
  });
});

describe('files saved by openpyxl', () => {
  test('a workbook with a cell comment opens, and the comment is kept in the output', async () => {
    const file = openpyxl(EXAMPLE, path.join(dir, 'commented.xlsx'), { comment: 'A2' });
    const out = path.join(dir, 'commented-out');
    const result = json('validate', file, '--out', out);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'commented.xlsx'));
    const note = workbook.getWorksheet('CBOs')!.getCell('A2').note;
    expect(JSON.stringify(note)).toContain('Checked by Dara on the phone');
  });

  test('a chart opens, and the chart left out of the output is named in a warning', () => {
    const file = openpyxl(EXAMPLE, path.join(dir, 'chart.xlsx'), { chart: 'Z2' });
    const result = json('validate', file, '--out', path.join(dir, 'chart-out'));
    expect(result.code).toBe(0);
    expect(result.json.fileWarnings).toEqual([
      expect.stringMatching(/^CBOs!Z2: the chart "Chart 1" is not kept in the output workbook/),
    ]);
    expect(result.stderr).toMatch(/warning: CBOs!Z2: the chart/);
  });

  test("the tool's own output re-saved by openpyxl with a comment and a chart opens again", () => {
    const out = path.join(dir, 'resaved-out');
    expect(cli('validate', EXAMPLE, '--out', out).code).toBe(0);
    const resaved = openpyxl(path.join(out, 'cbo-tracker-example.xlsx'), path.join(dir, 'resaved.xlsx'), {
      comment: 'B3',
      chart: 'AA1',
    });
    const result = json('indicators', resaved, '--out', path.join(dir, 'resaved-out-2'));
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/not an \.xlsx|anchors/);
  });

  test('a picture and a table saved by openpyxl are kept in the output; a chart sheet is named in a warning', async () => {
    const file = openpyxl(EXAMPLE, path.join(dir, 'picture.xlsx'), {
      image: 'Y3',
      table: { sheet: 'Partners', ref: 'A1:C5' },
      chartsheet: 'Chart of CBOs',
    });
    const out = path.join(dir, 'picture-out');
    const result = json('indicators', file, '--out', out);
    expect(result.code).toBe(0);
    expect(result.json.fileWarnings).toEqual([
      expect.stringMatching(/^Chart of CBOs: the chart "Chart 1" is not kept in the output workbook/),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'picture.xlsx'));
    const pictures = workbook.getWorksheet('CBOs')!.getImages();
    expect(pictures).toHaveLength(1);
    expect(pictures[0].range.tl).toMatchObject({ nativeCol: 24, nativeRow: 2 });
    const partners = workbook.getWorksheet('Partners') as unknown as { tables: Record<string, unknown> };
    expect(Object.keys(partners.tables)).toEqual(['Table1']);
  });

  test('a formula saved without its value is refused naming the cell, never read as empty', () => {
    const file = openpyxl(EXAMPLE, path.join(dir, 'formula.xlsx'), {
      set: [{ sheet: 'CBOs', cell: 'K2', value: '=19+0' }],
    });
    for (const command of ['validate', 'indicators', 'report']) {
      const result = json(command, file, '--out', path.join(dir, 'formula-out'));
      expect(result.code).toBe(2);
      expect(result.json.error).toMatch(
        /CBOs!K2 has a formula whose result was not saved .*open and save the file in a spreadsheet program/,
      );
      expect(result.stderr).not.toMatch(/Members is empty/);
    }
  });
});

test('a pivot table, which the output cannot keep, is named in a warning', async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(EXAMPLE));
  // The CBOs sheet's part, through the workbook's relationships.
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rid = /<sheet\b[^>]*name="CBOs"[^>]*r:id="([^"]+)"/.exec(workbookXml)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  const sheetRels = `xl/${path.posix.dirname(target)}/_rels/${path.posix.basename(target)}.rels`;
  const pivotRel =
    '<Relationship Id="rIdPivot" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/>';
  const existing = await zip.file(sheetRels)?.async('string');
  zip.file(
    sheetRels,
    existing
      ? existing.replace('</Relationships>', `${pivotRel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${pivotRel}</Relationships>`,
  );
  zip.file(
    'xl/pivotTables/pivotTable1.xml',
    '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Members by province" cacheId="1"><location ref="Z1:AA5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>',
  );
  const file = path.join(dir, 'pivot.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  const result = json('validate', file, '--out', path.join(dir, 'pivot-out'));
  expect(result.code).toBe(0);
  expect(result.json.fileWarnings).toEqual([
    'CBOs: the pivot table "Members by province" is not kept in the output workbook (the offline tool cannot write it); the input file still has it',
  ]);
});

test('collect never applies a value it could not read: a copy with a formula saved without its value is refused', async () => {
  const split = path.join(dir, 'split');
  expect(cli('partners-split', EXAMPLE, '--out', split).code).toBe(0);
  const index = JSON.parse(fs.readFileSync(path.join(split, 'partners', '.index.json'), 'utf8')) as Record<
    string,
    string
  >;
  const copy = path.join(split, 'partners', Object.values(index)[0]);
  // The partner's copy, re-saved by a script: Members of its first CBO becomes a formula (no value).
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(copy);
  const headers = (workbook.getWorksheet('CBOs')!.getRow(1).values as ExcelJS.CellValue[]).map(String);
  const members = headers.indexOf('Members');
  const cell = `${String.fromCharCode(64 + members)}2`;
  openpyxl(copy, copy, { set: [{ sheet: 'CBOs', cell, value: '=19+0' }] });
  const master = path.join(split, 'cbo-tracker-example.xlsx');
  const result = json('partners-collect', master, '--from', split, '--out', path.join(dir, 'collected'));
  expect(result.code).toBe(1);
  const partners = (result.json.result as { partners: { refused?: string }[] }).partners;
  expect(
    partners.some((p) => /CBOs!\w+2 has a formula whose result was not saved/.test(p.refused ?? '')),
  ).toBe(true);
  const before = new ExcelJS.Workbook();
  await before.xlsx.readFile(master);
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(path.join(dir, 'collected', 'cbo-tracker-example.xlsx'));
  const column = (wb: ExcelJS.Workbook) =>
    wb
      .getWorksheet('CBOs')!
      .getColumn(members)
      .values.map((v) => (v === undefined ? null : v));
  expect(column(after)).toEqual(column(before));
});

test('--json prints {"error"} on stdout whenever the exit code is 2', () => {
  for (const args of [
    ['validate'],
    ['nosuchcommand', 'x.xlsx'],
    ['validate', EXAMPLE, '--bogus'],
    ['validate', path.join(dir, 'missing.xlsx')],
  ]) {
    const result = json(...args);
    expect(result.code).toBe(2);
    expect(Object.keys(result.json)).toEqual(['error']);
    expect(typeof result.json.error).toBe('string');
  }
});
