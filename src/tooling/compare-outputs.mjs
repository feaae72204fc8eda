#!/usr/bin/env node
// "Behaviour unchanged", checked: compares two output folders of the offline CLI (e.g. `npm start
// -- --out /tmp/before` before a refactor and `npm start -- --out /tmp/after` after it) and lists
// every difference in what a user would get: each workbook's sheets, cells (value, formula, number
// format, fill, font, alignment, note, validation), column widths, frozen rows and merges; each
// document's JSON model (DIR/docs/.drive, matched by document name); and the sidecars
// (properties, protections, triggers). What changes from run to run by design is read as the same:
// instants ("2026-12-01 10:38", ISO timestamps), generated IDs and the folders' own paths.
//
//   node src/tooling/compare-outputs.mjs BEFORE_DIR AFTER_DIR [--most N]
//
// Exit code 0: the same; 1: differences (listed, at most N per file, default 20); 2: bad usage.
// See docs/extending.md ("Behaviour unchanged").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const TIMESTAMP = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;
const ID = /\b[0-9a-f]{24,40}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** Text as compared: instants, generated IDs and the output folder's path blanked. */
export function normalText(text, root) {
  let out = String(text);
  if (root) out = out.split(root).join('<out>');
  return out.replace(TIMESTAMP, '<time>').replace(ID, '<id>');
}

/** A JSON value with every string normalised (and a document's id dropped). */
export function normalJson(value, root) {
  if (typeof value === 'string') return normalText(value, root);
  if (Array.isArray(value)) return value.map((v) => normalJson(v, root));
  if (value && typeof value === 'object') {
    // Keys that are generated IDs (Drive's index by file ID) become one list, in a stable order.
    const groups = new Map();
    for (const key of Object.keys(value)) {
      if (key === 'id' || key === 'updated') continue;
      const name = normalText(key, root);
      groups.set(name, [...(groups.get(name) ?? []), normalJson(value[key], root)]);
    }
    const out = {};
    for (const name of [...groups.keys()].sort()) {
      const values = groups.get(name);
      out[name] = name.includes('<id>')
        ? values.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))
        : values[0];
    }
    return out;
  }
  return value;
}

/** The differences between two JSON values, as "path: before → after" lines. */
export function jsonDifferences(a, b, where = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const objects = a && b && typeof a === 'object' && typeof b === 'object';
  if (!objects || Array.isArray(a) !== Array.isArray(b))
    return [`${where || '(whole)'}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`];
  const keys = Array.isArray(a)
    ? Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i)
    : [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((key) => jsonDifferences(a[key], b[key], where ? `${where}.${key}` : String(key)));
}

function cellValue(cell, root) {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    // A date at midnight is a day; one with a time of day is an instant (a run's timestamp).
    const iso = v.toISOString();
    return /T00:00:00\.000Z$/.test(iso) ? iso.slice(0, 10) : '<time>';
  }
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) return { formula: v.formula ?? v.sharedFormula };
    if ('richText' in v) return normalText(v.richText.map((r) => r.text).join(''), root);
    if ('hyperlink' in v) return { text: normalText(v.text, root), link: normalText(v.hyperlink, root) };
    return normalJson(v, root);
  }
  return typeof v === 'string' ? normalText(v, root) : v;
}

function cellStyle(cell) {
  const s = {};
  if (cell.numFmt && cell.numFmt !== 'General') s.numFmt = cell.numFmt;
  const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
  if (fill) s.fill = fill;
  const f = cell.font ?? {};
  for (const key of ['bold', 'italic', 'underline', 'strike']) if (f[key]) s[key] = true;
  if (f.color?.argb) s.color = f.color.argb;
  if (f.size) s.size = f.size;
  const al = cell.alignment ?? {};
  for (const key of ['horizontal', 'vertical', 'wrapText']) if (al[key]) s[key] = al[key];
  if (cell.note) s.note = typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note);
  if (cell.dataValidation?.type) s.validation = cell.dataValidation;
  return s;
}

/** A workbook as plain data: sheet → { cells: { A1: {...} }, columns, frozen, merges, state }. */
export async function workbookModel(file, root) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = {};
  workbook.eachSheet((sheet) => {
    const cells = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cellValue(cell, root);
        const style = cellStyle(cell);
        if (value !== null || Object.keys(style).length) cells[cell.address] = { value, ...style };
      });
    });
    const columns = {};
    (sheet.columns ?? []).forEach((column, i) => {
      if (column?.width) columns[i + 1] = Math.round(column.width * 100) / 100;
      if (column?.hidden) columns[`${i + 1} hidden`] = true;
    });
    const view = sheet.views?.[0] ?? {};
    sheets[sheet.name] = {
      order: sheet.orderNo,
      state: sheet.state,
      frozen: { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 },
      merges: Object.keys(sheet._merges ?? {}).sort(),
      columns,
      cells,
    };
  });
  return sheets;
}

function walk(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

/** Every comparable output of a folder: relative name → a loader of its plain model. */
function outputsOf(dir) {
  const root = path.resolve(dir);
  const outputs = new Map();
  for (const file of walk(root)) {
    const full = path.join(root, file);
    const parts = file.split(path.sep);
    if (file.endsWith('.xlsx')) outputs.set(file, () => workbookModel(full, root));
    else if (parts.includes('.drive') && file.endsWith('.json') && path.basename(file) !== 'index.json') {
      // A document model, known by its name (IDs differ between runs).
      const model = JSON.parse(fs.readFileSync(full, 'utf8'));
      outputs.set(`document: ${model.name ?? file}`, async () => normalJson(model, root));
    } else if (file.endsWith('.json'))
      outputs.set(file, async () => normalJson(JSON.parse(fs.readFileSync(full, 'utf8')), root));
    else if (file.endsWith('.docx') || file.endsWith('.pdf'))
      outputs.set(file, async () => ({ file: 'present' })); // their content is the model above
  }
  return outputs;
}

/** The differences between two output folders, by output. */
export async function compareOutputs(before, after) {
  const a = outputsOf(before);
  const b = outputsOf(after);
  const report = new Map();
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (!a.has(name)) report.set(name, ['only in the second folder']);
    else if (!b.has(name)) report.set(name, ['only in the first folder']);
    else {
      const differences = jsonDifferences(await a.get(name)(), await b.get(name)());
      if (differences.length) report.set(name, differences);
    }
  }
  return report;
}

async function main(argv) {
  const most = argv.includes('--most') ? Number(argv[argv.indexOf('--most') + 1]) : 20;
  const dirs = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--most');
  if (dirs.length !== 2 || !dirs.every((dir) => fs.existsSync(dir)) || !(most > 0)) {
    console.error('usage: node src/tooling/compare-outputs.mjs BEFORE_DIR AFTER_DIR [--most N]');
    return 2;
  }
  const report = await compareOutputs(dirs[0], dirs[1]);
  if (report.size === 0) {
    console.log(`same: ${outputsOf(dirs[0]).size} outputs of ${dirs[0]} and ${dirs[1]} match`);
    return 0;
  }
  for (const [name, differences] of report) {
    console.log(`${name}: ${differences.length} difference(s)`);
    for (const line of differences.slice(0, most)) console.log(`  ${line}`);
    if (differences.length > most) console.log(`  … ${differences.length - most} more`);
  }
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
