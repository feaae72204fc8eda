/**
 * Opening an .xlsx file for the offline runtime, the way a coordinator's file really arrives: saved
 * by Excel, LibreOffice or a script (openpyxl), sometimes not a workbook at all. Every refusal is one
 * line saying what the file is and what to do; nothing is read as empty that was not empty.
 *
 * - Not a workbook: an OpenDocument (.ods), a Word document, a plain zip, an old .xls or a
 *   password-protected (encrypted) workbook are each named as such.
 * - Parts exceljs cannot read: the package is read around them. Part names and absolute
 *   relationship targets (as openpyxl writes them) are rewritten to what exceljs expects; a drawing
 *   exceljs cannot read (charts, shapes, pictures in a drawing without the `xdr:` prefix) is left
 *   out of what it reads, and each item in it is named in a warning (the output workbook, written
 *   by exceljs, does not have it; the input keeps it).
 * - Charts, shapes, pivot tables and threaded comments are never written by exceljs: each one is
 *   named in a warning.
 * - A formula whose result was not saved (scripts such as openpyxl write formulas without their
 *   value) cannot be read offline: the file is refused, naming the cells, instead of reading them
 *   as empty.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_CELLS } from './services/limits';

/** One line about a file that cannot be opened (the CLI prints it and exits 2). */
export class WorkbookFileError extends Error {}

export interface WorkbookFile {
  workbook: ExcelJS.Workbook;
  /** What the output will not keep, or what was read around (one line each). */
  warnings: string[];
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from('PK');
const SAVE_AS = 'open it in a spreadsheet program and save it as an Excel workbook (.xlsx)';

/** Cells listed in a message before "and N more". */
const LISTED = 5;

/** Refuses a file that is not an .xlsx package, naming what it is. */
function sniff(file: string, bytes: Buffer): void {
  if (bytes.length === 0) throw new WorkbookFileError(`${file}: the file is empty (0 bytes); ${SAVE_AS}`);
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    // An encrypted OOXML file is a Compound File holding the EncryptionInfo and EncryptedPackage
    // streams (MS-OFFCRYPTO 2.3.4); their names are stored in UTF-16.
    if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le')))
      throw new WorkbookFileError(
        `${file}: the workbook is protected with a password (encrypted), so it cannot be read; ` +
          `open it in a spreadsheet program, remove the password to open and save it again`,
      );
    throw new WorkbookFileError(
      `${file}: is an old-format Excel file (.xls, Excel 97–2003), not an .xlsx workbook; ${SAVE_AS}`,
    );
  }
  if (!bytes.subarray(0, 2).equals(ZIP_MAGIC)) {
    const text = bytes.subarray(0, 512).toString('utf8');
    const kind = /^\s*</.test(text)
      ? 'an XML or HTML file'
      : /^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/.test(text)
        ? 'a text file (CSV or similar)'
        : 'not a zip package';
    throw new WorkbookFileError(`${file}: is ${kind}, not an .xlsx workbook; ${SAVE_AS}`);
  }
}

async function unzip(file: string, bytes: Buffer): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WorkbookFileError(
      `${file}: the .xlsx file is damaged (${(error as Error).message.split('\n')[0]}); ` +
        `open it in a spreadsheet program to repair it, or use an earlier copy`,
    );
  }
}

/** Refuses a zip that is not a workbook: OpenDocument, Word, or anything else. */
async function checkPackage(file: string, zip: JSZip): Promise<void> {
  const mimetype = await zip.file('mimetype')?.async('string');
  if (mimetype?.includes('opendocument.spreadsheet'))
    throw new WorkbookFileError(
      `${file}: is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; ${SAVE_AS}`,
    );
  if (mimetype?.includes('opendocument'))
    throw new WorkbookFileError(`${file}: is an OpenDocument file, not a workbook; ${SAVE_AS}`);
  if (zip.file('word/document.xml'))
    throw new WorkbookFileError(`${file}: is a Word document (.docx), not a workbook`);
  if (zip.file('ppt/presentation.xml'))
    throw new WorkbookFileError(`${file}: is a PowerPoint presentation (.pptx), not a workbook`);
  if (zip.file('xl/workbook.bin'))
    throw new WorkbookFileError(
      `${file}: is a binary Excel workbook (.xlsb), not an .xlsx workbook; ${SAVE_AS}`,
    );
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  if (workbookXml?.includes('purl.oclc.org/ooxml/spreadsheetml/main'))
    throw new WorkbookFileError(
      `${file}: is saved as "Strict Open XML", which cannot be read here; open it in a spreadsheet ` +
        `program and save it as an ordinary Excel workbook (.xlsx)`,
    );
  if (!workbookXml)
    throw new WorkbookFileError(
      `${file}: is a zip file without a workbook in it (no xl/workbook.xml); ${SAVE_AS}`,
    );
}

interface Relationship {
  id: string;
  type: string;
  /** The part it points to, as a path in the package ('xl/drawings/drawing1.xml'). */
  part: string;
  external: boolean;
  raw: string;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The relationships of a part's .rels file, targets resolved to package paths. */
function relationshipsOf(xml: string, source: string): Relationship[] {
  const folder = path.posix.dirname(source);
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((match) => {
    const tag = match[0];
    const target = attribute(tag, 'Target') ?? '';
    const external = attribute(tag, 'TargetMode') === 'External';
    const part = external
      ? target
      : target.startsWith('/')
        ? target.slice(1)
        : path.posix.normalize(path.posix.join(folder, target));
    return { id: attribute(tag, 'Id') ?? '', type: attribute(tag, 'Type') ?? '', part, external, raw: tag };
  });
}

function relsPathOf(part: string): string {
  return `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
}

function typeIs(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

/** A1 address of a 0-based column and row. */
function cellName(col: number, row: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** What one anchor of a drawing holds, and the cell it sits on. */
interface Anchored {
  kind: 'chart' | 'picture' | 'shape' | 'drawing object';
  name: string | undefined;
  cell: string | undefined;
}

function anchorsOf(xml: string): Anchored[] {
  const anchors = [
    ...xml.matchAll(
      /<(?:\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/(?:\w+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)>/g,
    ),
  ];
  return anchors.map(([body]) => {
    const from = /<(?:\w+:)?from>[\s\S]*?<(?:\w+:)?col>(\d+)<[\s\S]*?<(?:\w+:)?row>(\d+)</.exec(body);
    const kind: Anchored['kind'] = /drawingml\/2006\/chart|<(?:\w+:)?chart\b/.test(body)
      ? 'chart'
      : /<(?:\w+:)?pic\b/.test(body)
        ? 'picture'
        : /<(?:\w+:)?sp\b/.test(body)
          ? 'shape'
          : 'drawing object';
    return {
      kind,
      name: /<(?:\w+:)?cNvPr\b[^>]*\bname="([^"]*)"/.exec(body)?.[1] || undefined,
      cell: from ? cellName(Number(from[1]), Number(from[2])) : undefined,
    };
  });
}

/** Whether exceljs reads this drawing: it knows `xdr:`-prefixed picture anchors only. */
function exceljsReadsDrawing(xml: string, anchors: Anchored[]): boolean {
  return /<xdr:wsDr\b/.test(xml) && anchors.every((a) => a.kind === 'picture');
}

interface SheetPart {
  name: string;
  part: string;
}

async function text(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async('string');
}

async function sheetsOf(zip: JSZip): Promise<SheetPart[]> {
  const workbook = (await text(zip, 'xl/workbook.xml')) ?? '';
  const rels = relationshipsOf((await text(zip, 'xl/_rels/workbook.xml.rels')) ?? '', 'xl/workbook.xml');
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].flatMap(([tag]) => {
    const id = attribute(tag, 'r:id') ?? attribute(tag, '\\w+:id');
    const rel = rels.find((r) => r.id === id);
    const name = attribute(tag, 'name');
    return rel && name ? [{ name: decodeXml(name), part: rel.part }] : [];
  });
}

function decodeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function describeAnchored(sheet: string, item: Anchored): string {
  const where = item.cell ? `${sheet}!${item.cell}` : sheet;
  const named = item.name ? ` "${item.name}"` : '';
  return `${where}: the ${item.kind}${named}`;
}

const NOT_KEPT =
  'is not kept in the output workbook (the offline tool cannot write it); the input file still has it';

/**
 * Rewrites the package so exceljs reads it (part names it expects, relative targets), leaving out
 * the drawings it cannot read. Returns the warnings; `changed` tells whether the zip was rewritten.
 */
async function readAround(zip: JSZip): Promise<{ warnings: string[]; changed: boolean }> {
  const warnings: string[] = [];
  let changed = false;
  let unique = 9000;
  for (const sheet of await sheetsOf(zip)) {
    const relsPath = relsPathOf(sheet.part);
    const relsXml = await text(zip, relsPath);
    if (relsXml === undefined) continue;
    let sheetXml = (await text(zip, sheet.part)) ?? '';
    let newRels = relsXml;
    for (const rel of relationshipsOf(relsXml, sheet.part)) {
      if (rel.external) continue;
      let part = rel.part;
      if (typeIs(rel, 'table')) {
        const xml = (await text(zip, part)) ?? '';
        // exceljs cannot write back a table without style information (openpyxl's default).
        if (!/<(?:\w+:)?tableStyleInfo\b/.test(xml) && /<\/(?:\w+:)?table>\s*$/.test(xml)) {
          zip.file(
            part,
            xml.replace(
              /(<\/(?:\w+:)?table>\s*)$/,
              '<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>$1',
            ),
          );
          changed = true;
        }
      }
      if (typeIs(rel, 'drawing')) {
        let xml = (await text(zip, part)) ?? '';
        const prefixed = withDrawingPrefix(xml);
        if (prefixed !== xml) {
          xml = prefixed;
          zip.file(part, xml);
          changed = true;
        }
        if (await relativeTargets(zip, part)) changed = true;
        const anchors = anchorsOf(xml);
        if (!exceljsReadsDrawing(xml, anchors)) {
          // Left out of what exceljs reads; named below with the other items it does not keep.
          newRels = newRels.replace(rel.raw, '');
          zip.remove(part);
          zip.remove(relsPathOf(part));
          sheetXml = sheetXml.replace(new RegExp(`<(?:\\w+:)?drawing\\b[^>]*"${rel.id}"[^>]*/>`), '');
          changed = true;
          for (const item of anchors) warnings.push(`${describeAnchored(sheet.name, item)} ${NOT_KEPT}`);
          continue;
        }
      }
      if (typeIs(rel, 'comments')) {
        const xml = (await text(zip, part)) ?? '';
        // exceljs reads rich-text runs only: a plain <text><t>…</t></text> (openpyxl) becomes one run.
        const runs = xml.replace(
          /<text>\s*(<t\b[^>]*>[\s\S]*?<\/t>|<t\s*\/>)\s*<\/text>/g,
          (_all, t: string) => `<text><r>${t}</r></text>`,
        );
        if (!/^xl\/comments\d+\.xml$/.test(part) || runs !== xml) {
          const moved = /^xl\/comments\d+\.xml$/.test(part) ? part : `xl/comments${unique++}.xml`;
          zip.file(moved, runs);
          part = moved;
          changed = true;
        }
      }
      if (typeIs(rel, 'vmlDrawing') && !/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(part)) {
        const moved = `xl/drawings/vmlDrawing${unique++}.vml`;
        zip.file(moved, (await zip.file(part)?.async('uint8array')) ?? '');
        part = moved;
      }
      const relative = path.posix.relative(path.posix.dirname(sheet.part), part);
      const target = attribute(rel.raw, 'Target');
      if (target !== relative) {
        newRels = newRels.replace(rel.raw, rel.raw.replace(`Target="${target}"`, `Target="${relative}"`));
        changed = true;
      }
    }
    if (newRels !== relsXml) zip.file(relsPath, newRels);
    if (sheetXml !== ((await text(zip, sheet.part)) ?? '')) zip.file(sheet.part, sheetXml);
  }
  return { warnings, changed };
}

const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/**
 * A drawing in the default namespace (openpyxl writes `<wsDr xmlns="…spreadsheetDrawing">`) with
 * the `xdr:` prefix exceljs looks for; other drawings are returned as they are.
 */
function withDrawingPrefix(xml: string): string {
  if (!new RegExp(`<wsDr\\b[^>]*\\bxmlns="${DRAWING_NS}"`).test(xml)) return xml;
  return xml
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1xdr:$2')
    .replace(
      `xmlns="${DRAWING_NS}"`,
      `xmlns:xdr="${DRAWING_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
        `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
    );
}

/** Makes the targets of a part's relationships relative (as exceljs resolves them). */
async function relativeTargets(zip: JSZip, part: string): Promise<boolean> {
  const relsPath = relsPathOf(part);
  const xml = await text(zip, relsPath);
  if (xml === undefined) return false;
  let out = xml;
  for (const rel of relationshipsOf(xml, part)) {
    if (rel.external) continue;
    const target = attribute(rel.raw, 'Target');
    const relative = path.posix.relative(path.posix.dirname(part), rel.part);
    if (target !== relative)
      out = out.replace(rel.raw, rel.raw.replace(`Target="${target}"`, `Target="${relative}"`));
  }
  if (out === xml) return false;
  zip.file(relsPath, out);
  return true;
}

/** What exceljs never writes back, found in the package: one warning each. */
async function partsNotKept(zip: JSZip): Promise<string[]> {
  const warnings: string[] = [];
  for (const sheet of await sheetsOf(zip)) {
    const rels = relationshipsOf((await text(zip, relsPathOf(sheet.part))) ?? '', sheet.part);
    for (const rel of rels) {
      if (typeIs(rel, 'pivotTable')) {
        const xml = (await text(zip, rel.part)) ?? '';
        const name = /<pivotTableDefinition\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1];
        warnings.push(`${sheet.name}: the pivot table${name ? ` "${decodeXml(name)}"` : ''} ${NOT_KEPT}`);
      } else if (typeIs(rel, 'threadedComment')) {
        warnings.push(
          `${sheet.name}: threaded comments (replies) are kept only as plain notes in the output workbook`,
        );
      } else if (typeIs(rel, 'drawing')) {
        // Readable drawings hold pictures only, which exceljs keeps.
      }
    }
  }
  if (zip.file(/^xl\/macrosheets\//).length || zip.file('xl/vbaProject.bin'))
    warnings.push(
      'the macros (VBA project) are not kept in the output workbook (the offline tool cannot write them); the input file still has them',
    );
  return warnings;
}

/** Cells of the sheets the tool reads that have a formula and no saved result. */
function formulasWithoutValues(workbook: ExcelJS.Workbook, sheets: ReadonlySet<string>): string[] {
  const cells: string[] = [];
  for (const ws of workbook.worksheets) {
    if (!sheets.has(ws.name.trim().toLowerCase())) continue;
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value as unknown as Record<string, unknown> | null;
        if (!value || typeof value !== 'object' || value instanceof Date) return;
        if (!('formula' in value || 'sharedFormula' in value)) return;
        if (value.result === undefined || value.result === null) cells.push(`${ws.name}!${cell.address}`);
      });
    });
  }
  return cells;
}

/**
 * A number too large for a date in a date-formatted cell (1e9 as a day count is millions of years
 * away) comes out of exceljs as an invalid Date, which nothing can read. The cell gets its number
 * back from the sheet's XML, so it is checked as the number it is (a problem on its cell) instead of
 * aborting the run.
 */
/** The last instant a JavaScript Date holds, less two days for any time zone's offset. */
const LAST_DATE_MS = 8.64e15 - 2 * 86400000;

async function restoreDatesOutOfRange(workbook: ExcelJS.Workbook, zip: JSZip): Promise<void> {
  let parts: SheetPart[] | undefined;
  for (const ws of workbook.worksheets) {
    const invalid: ExcelJS.Cell[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date && !(Math.abs(cell.value.getTime()) <= LAST_DATE_MS))
          invalid.push(cell);
      }),
    );
    if (!invalid.length) continue;
    parts ??= await sheetsOf(zip);
    const part = parts.find((p) => p.name === ws.name)?.part;
    const xml = (part && (await text(zip, part))) || '';
    for (const cell of invalid) {
      const stored = new RegExp(
        `<(?:\\w+:)?c\\b[^>]*\\br="${cell.address}"[^>]*>[\\s\\S]*?<(?:\\w+:)?v>([^<]*)<`,
      ).exec(xml)?.[1];
      const number = Number(stored);
      cell.value =
        stored !== undefined && Number.isFinite(number) ? number : ({ error: '#NUM!' } as ExcelJS.CellValue);
    }
  }
}

/**
 * Google Sheets holds at most 10 million cells per spreadsheet
 * (https://support.google.com/drive/answer/37603), counted over each sheet's grid (its last row
 * times its last column). A file beyond it would not open in Google Sheets either, and one stray
 * cell far out (XFD1048576) makes a grid of 17 billion cells: refused, naming that cell.
 */
function refuseBeyondGoogleLimit(file: string, workbook: ExcelJS.Workbook): void {
  let total = 0;
  let widest: { sheet: string; rows: number; columns: number } | undefined;
  for (const ws of workbook.worksheets) {
    const rows = ws.rowCount;
    const columns = ws.columnCount;
    total += rows * columns;
    if (!widest || rows * columns > widest.rows * widest.columns) widest = { sheet: ws.name, rows, columns };
  }
  if (total <= MAX_CELLS || !widest) return;
  const ws = workbook.getWorksheet(widest.sheet)!;
  let far = '';
  const last = ws.getRow(widest.rows);
  last.eachCell((cell) => (far = cell.address));
  if (!far) far = `row ${widest.rows}`;
  throw new WorkbookFileError(
    `${file}: the workbook has ${total.toLocaleString('en-US')} cells, more than the ${MAX_CELLS.toLocaleString('en-US')} ` +
      `Google Sheets holds (${widest.sheet} reaches ${widest.rows.toLocaleString('en-US')} rows × ` +
      `${widest.columns.toLocaleString('en-US')} columns, e.g. ${widest.sheet}!${far}); ` +
      `delete the rows and columns past the data and save the file again`,
  );
}

export interface ReadOptions {
  /**
   * Names of the sheets whose formulas must have saved values (the sheets the tool reads),
   * compared trimmed and in lower case. Default: every sheet.
   */
  readSheets?: readonly string[];
}

/** Reads an .xlsx file for the offline runtime (see the module comment). */
export async function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<WorkbookFile> {
  if (!fs.existsSync(file)) throw new WorkbookFileError(`${file}: no such file`);
  if (fs.statSync(file).isDirectory()) throw new WorkbookFileError(`${file}: is a folder, not a workbook`);
  const bytes = fs.readFileSync(file);
  sniff(file, bytes);
  const zip = await unzip(file, bytes);
  await checkPackage(file, zip);
  const warnings = await partsNotKept(zip);
  const around = await readAround(zip);
  warnings.push(...around.warnings);
  const workbook = new ExcelJS.Workbook();
  try {
    const data = around.changed
      ? await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' })
      : bytes;
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new WorkbookFileError(
      `${file}: exceljs cannot read this workbook (${reason}); open it in a spreadsheet program and save it again as .xlsx`,
    );
  }
  if (workbook.worksheets.length === 0)
    throw new WorkbookFileError(`${file}: the workbook has no sheets; add a sheet or use another file`);
  await restoreDatesOutOfRange(workbook, zip);
  refuseBeyondGoogleLimit(file, workbook);
  const names = new Set(
    (options.readSheets ?? workbook.worksheets.map((ws) => ws.name)).map((n) => n.trim().toLowerCase()),
  );
  const unsaved = formulasWithoutValues(workbook, names);
  if (unsaved.length) {
    const more = unsaved.length > LISTED ? ` and ${unsaved.length - LISTED} more` : '';
    throw new WorkbookFileError(
      `${file}: ${unsaved.slice(0, LISTED).join(', ')}${more} ${unsaved.length === 1 ? 'has a formula' : 'have formulas'} ` +
        `whose result was not saved (scripts write files so): open and save the file in a spreadsheet program, ` +
        `then run again`,
    );
  }
  return { workbook, warnings };
}
