/**
 * The contract (src/workbook/contract.ts) is the one place that spells a sheet or setting name:
 * every other file names them through it (`CBOS.name`, `SHEET.attendance`, `SETTING.timeZone`),
 * so renaming a sheet is one edit and docs/workbook.md lists every sheet the code touches.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { CONTRACT_SHEETS, SETTING, SHEET } from '../../../src/workbook/contract';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Files that hold sheet names as data, not as code naming a sheet: the contract itself, the
 * interface's words (catalogue), and the cells of the example, bench and seed workbooks (an
 * indicator's Source column holds a sheet name as its value).
 */
const EXEMPT = [
  'src/workbook/contract.ts',
  'src/i18n/catalogue/',
  'src/offline/examples/',
  'src/offline/bench/',
  'src/offline/synthetic.ts',
  'src/sharing/setup/seed.ts',
];

/** Setting names that are also column headers (Attendance › Organisation; Language of Meetings and Projects). */
const HEADERS = new Set([...CONTRACT_SHEETS.flatMap((s) => s.columns.map((c) => c.header)), 'Language']);
const SETTING_ONLY = new Set<string>(Object.values(SETTING).filter((name) => !HEADERS.has(name)));
/** A literal on a line that says so is a word, not a name (e.g. the noun "CBOs" in a message). */
const NOT_A_NAME = /\/\/ not a (sheet|setting) name/;
const SHEET_NAMES = new Set<string>(Object.values(SHEET));

/** The string literals of a source text that spell one of `names`, with their line numbers. */
export function literalsNamed(source: string, names: ReadonlySet<string>): { line: number; text: string }[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2020, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent) &&
      names.has(node.text) &&
      !NOT_A_NAME.test(source.split('\n')[file.getLineAndCharacterOfPosition(node.getStart()).line])
    ) {
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const FILES = sourceFiles(path.join(ROOT, 'src'))
  .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
  .filter((file) => !EXEMPT.some((exempt) => file.startsWith(exempt)));

test('the scanner finds a sheet name in code and ignores it in comments and imports', () => {
  const source = [
    "import { x } from 'Lists';",
    '// the Lists sheet',
    "const a = sheet.getSheetByName('Lists');",
    'const b = `Lists`;',
    "const c = 'Lists of things';",
    "const d = { noun: 'Lists' }; // not a sheet name",
  ].join('\n');
  expect(literalsNamed(source, SHEET_NAMES)).toEqual([
    { line: 3, text: 'Lists' },
    { line: 4, text: 'Lists' },
  ]);
});

test('every sheet of the contract is in SHEET and every SHEET name is a contract sheet', () => {
  expect(new Set(CONTRACT_SHEETS.map((s) => s.name))).toEqual(SHEET_NAMES);
  expect(CONTRACT_SHEETS.length).toBe(SHEET_NAMES.size);
});

test('no file outside the contract spells a sheet name', () => {
  const hits = FILES.flatMap((file) =>
    literalsNamed(fs.readFileSync(path.join(ROOT, file), 'utf8'), SHEET_NAMES).map(
      (hit) => `${file}:${hit.line} '${hit.text}'`,
    ),
  );
  expect(hits).toEqual([]);
});

test('no file outside the contract spells a setting name', () => {
  const files = FILES.filter((file) => !file.startsWith('src/offline/services/'));
  const hits = files.flatMap((file) =>
    literalsNamed(fs.readFileSync(path.join(ROOT, file), 'utf8'), SETTING_ONLY).map(
      (hit) => `${file}:${hit.line} '${hit.text}'`,
    ),
  );
  expect(hits).toEqual([]);
});
