/**
 * Apps Script glue for minutes and progress reports: read the sheets once, then per document:
 * template → copy (or the same file again) → fill → save → link in the row. Service calls per
 * document depend on the template and the number of groups, never on the number of rows.
 */
import { readTable, readValues } from '../sheets/workbook';
import {
  AGENDA,
  ATTENDANCE,
  GROUP_WORK,
  INDICATOR_RESULTS,
  INDICATORS,
  LISTS,
  MEETINGS,
  PROJECTS,
  REPORT_ITEMS,
  SETTINGS,
} from '../workbook/contract';
import { sheetsNeeded, type SheetValues } from '../indicators/engine';
import { isoDay, today } from '../workbook/dates';
import { foldKey } from '../workbook/matching';
import { settingsFromValues, type Settings } from '../workbook/settings';
import { Table } from '../workbook/table';
import { buildTemplate } from './build-template';
import { minutesData } from './minutes/data';
import { buildMinutes, type MinutesSources } from './minutes/model';
import { DEFAULT_OUTPUT_FOLDER, driveIdOf, minutesName, reportName, type DocumentKind } from './plan';
import type { DocumentProblem } from './problems';
import { reportData } from './report/data';
import { computedResults } from './report/indicators';
import { buildReport, type ReportSources } from './report/model';
import { idsOf } from './sources';
import { fillDocument, type TemplateData } from './template';
import { MINUTES_TEMPLATE, REPORT_TEMPLATE } from './templates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;
type Doc = GoogleAppsScript.Document.Document;

export interface GeneratedDocument {
  /** Meeting ID or Project ID. */
  id: string;
  name?: string;
  url?: string;
  documentId?: string;
  /** True when an existing document was refilled instead of making a new one. */
  updated: boolean;
  pdfUrl?: string;
  problems: DocumentProblem[];
}

/** Everything read once per run. */
export interface DocumentContext {
  spreadsheet: Spreadsheet;
  kind: DocumentKind;
  settings: Settings;
  settingsTable?: Table;
  minutes?: MinutesSources;
  report?: ReportSources;
  folder?: Folder;
  /** Default template file ID once found or built in this run. */
  defaultTemplate?: string;
  /** Column of Document in Meetings/Projects (1-based), once known. */
  documentColumn?: number;
  /** Today, for report names and dates. */
  isoToday: string;
  /** Problems of the whole run, added to each document (e.g. figures computed in memory). */
  runProblems: DocumentProblem[];
}

const KIND_SHEET = { minutes: MEETINGS, report: PROJECTS } as const;
const TEMPLATE_SETTING = { minutes: 'Minutes template', report: 'Report template' } as const;
const TEMPLATE_NAME = {
  minutes: 'CBO Tracker – Minutes template',
  report: 'CBO Tracker – Progress report template',
} as const;

export function readContext(spreadsheet: Spreadsheet, kind: DocumentKind): DocumentContext {
  const settingsValues = readValues(spreadsheet, SETTINGS.name);
  const settingsTable = settingsValues
    ? Table.fromValues(SETTINGS.name, SETTINGS, settingsValues)
    : undefined;
  const settings = settingsFromValues(settingsValues);
  const timeZone = settings.timeZone;
  const lists = readTable(spreadsheet, LISTS);
  const context: DocumentContext = {
    spreadsheet,
    kind,
    settings,
    settingsTable,
    isoToday: isoDay(today(timeZone)),
    runProblems: [],
  };
  if (kind === 'minutes') {
    context.minutes = {
      meetings: readTable(spreadsheet, MEETINGS),
      attendance: readTable(spreadsheet, ATTENDANCE),
      agenda: readTable(spreadsheet, AGENDA),
      groupWork: readTable(spreadsheet, GROUP_WORK),
      lists,
      timeZone,
    };
  } else {
    const indicatorValues = readValues(spreadsheet, INDICATORS.name);
    const indicators = indicatorValues
      ? Table.fromValues(INDICATORS.name, INDICATORS, indicatorValues)
      : undefined;
    let indicatorResults = readTable(spreadsheet, INDICATOR_RESULTS);
    if (
      (!indicatorResults || indicatorResults.rows.length === 0) &&
      indicators &&
      indicators.rows.length > 0
    ) {
      // No figures in the sheet yet: compute them now (one read per source sheet), not written back.
      const sheets: SheetValues = { [INDICATORS.name]: indicatorValues, [SETTINGS.name]: settingsValues };
      for (const name of sheetsNeeded(indicatorValues)) sheets[name] ??= readValues(spreadsheet, name);
      const computed = computedResults(sheets, spreadsheet.getSpreadsheetTimeZone());
      indicatorResults = computed.results;
      context.runProblems.push(...computed.problems);
    }
    context.report = {
      projects: readTable(spreadsheet, PROJECTS),
      reportItems: readTable(spreadsheet, REPORT_ITEMS),
      indicatorResults,
      indicators,
      lists,
      timeZone,
    };
  }
  return context;
}

/** Every Meeting ID or Project ID, in sheet order. */
export function allIds(context: DocumentContext): string[] {
  return context.kind === 'minutes'
    ? idsOf(context.minutes?.meetings, 'Meeting ID')
    : idsOf(context.report?.projects, 'Project ID');
}

/** Output folder from Settings › Output folder (a folder link, ID or name), created when missing. */
export function outputFolder(context: DocumentContext): Folder {
  if (context.folder) return context.folder;
  const setting = context.settings.outputFolder || DEFAULT_OUTPUT_FOLDER;
  const id = driveIdOf(setting);
  let folder: Folder | undefined;
  if (id) {
    try {
      folder = DriveApp.getFolderById(id);
    } catch {
      folder = undefined;
    }
  }
  if (!folder) {
    const found = DriveApp.getFoldersByName(setting);
    folder = found.hasNext() ? found.next() : DriveApp.createFolder(setting);
  }
  context.folder = folder;
  return folder;
}

function openFile(id: string | undefined): File | undefined {
  if (!id) return undefined;
  try {
    const file = DriveApp.getFileById(id);
    return file.isTrashed() ? undefined : file;
  } catch {
    return undefined;
  }
}

const GOOGLE_DOCS = 'application/vnd.google-apps.document';

/** A Google Doc of this name in the folder (not trashed), if any. */
function documentNamed(folder: Folder, name: string): File | undefined {
  const files = folder.getFilesByName(name);
  while (files.hasNext()) {
    const file = files.next();
    if (!file.isTrashed() && file.getMimeType() === GOOGLE_DOCS) return file;
  }
  return undefined;
}

/**
 * The template for a document: the row's own (Meetings › Template), else the Settings one, else
 * the default built on first use into the output folder and recorded in Settings.
 */
function templateFile(context: DocumentContext, own: string, problems: DocumentProblem[]): File {
  const kind = context.kind;
  const sheet = KIND_SHEET[kind].name;
  if (own) {
    const file = openFile(driveIdOf(own));
    if (file) return file;
    problems.push({
      severity: 'Warning',
      sheet,
      row: 0,
      column: 'Template',
      value: own,
      problem:
        'this template cannot be opened (no access, or not a document this add-on may read): the default template is used',
    });
  }
  const setting = kind === 'minutes' ? context.settings.minutesTemplate : context.settings.reportTemplate;
  if (context.defaultTemplate) return DriveApp.getFileById(context.defaultTemplate);
  const existing = openFile(driveIdOf(setting));
  if (existing) {
    context.defaultTemplate = existing.getId();
    return existing;
  }
  // The default template already in the output folder (e.g. Settings lost its ID) is reused, as restyled.
  let file = documentNamed(outputFolder(context), TEMPLATE_NAME[kind]);
  if (setting) {
    problems.push({
      severity: 'Warning',
      sheet: 'Settings',
      row: context.settings.rows.get(foldKey(TEMPLATE_SETTING[kind])) ?? 0,
      column: 'Value',
      value: setting,
      problem: file
        ? 'this template cannot be opened: the default template of the output folder is used and recorded here'
        : 'this template cannot be opened: a new default template is made and recorded here',
    });
  }
  if (!file) {
    const doc = DocumentApp.create(TEMPLATE_NAME[kind]);
    buildTemplate(doc.getBody(), kind === 'minutes' ? MINUTES_TEMPLATE : REPORT_TEMPLATE);
    doc.saveAndClose();
    file = DriveApp.getFileById(doc.getId());
    file.moveTo(outputFolder(context));
  }
  writeSetting(context, TEMPLATE_SETTING[kind], file.getId());
  context.defaultTemplate = file.getId();
  return file;
}

/** Writes one setting's Value cell (only that cell); adds the row when the setting is missing. */
function writeSetting(context: DocumentContext, name: string, value: string): void {
  const spreadsheet = context.spreadsheet;
  let sheet = spreadsheet.getSheetByName(SETTINGS.name);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(SETTINGS.name);
    sheet.getRange(1, 1, 1, 2).setValues([['Setting', 'Value']]);
  }
  const table = context.settingsTable;
  const settingColumn = table && table.column('Setting') >= 0 ? table.column('Setting') + 1 : 1;
  const valueColumn = table && table.column('Value') >= 0 ? table.column('Value') + 1 : 2;
  const row = context.settings.rows.get(foldKey(name));
  if (row) {
    sheet.getRange(row, valueColumn).setValue(value);
  } else {
    const newRow = Math.max(sheet.getLastRow(), 1) + 1;
    sheet.getRange(newRow, settingColumn).setValue(name);
    sheet.getRange(newRow, valueColumn).setValue(value);
    context.settings.rows.set(foldKey(name), newRow);
  }
}

/** 1-based Document column of Meetings/Projects; added after the last column when missing. */
function documentColumn(context: DocumentContext, sheet: GoogleAppsScript.Spreadsheet.Sheet): number {
  if (context.documentColumn) return context.documentColumn;
  const table = context.kind === 'minutes' ? context.minutes?.meetings : context.report?.projects;
  const index = table ? table.column('Document') : -1;
  if (index >= 0) {
    context.documentColumn = index + 1;
  } else {
    const column = Math.max(sheet.getLastColumn(), table ? table.headerRow.length : 0) + 1;
    sheet.getRange(1, column).setValue('Document');
    context.documentColumn = column;
  }
  return context.documentColumn;
}

/** Replaces the contents of an existing document by a fresh copy of the template's body. */
function refillFromTemplate(doc: Doc, template: Doc): void {
  const body = doc.getBody();
  body.clear();
  const first = body.getNumChildren() === 1 ? body.getChild(0) : undefined;
  const source = template.getBody();
  const count = source.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = source.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) body.appendParagraph(child.asParagraph().copy());
    else if (type === DocumentApp.ElementType.LIST_ITEM) body.appendListItem(child.asListItem().copy());
    else if (type === DocumentApp.ElementType.TABLE) body.appendTable(child.asTable().copy());
    else if (type === DocumentApp.ElementType.PAGE_BREAK) body.appendPageBreak();
    else if (type === DocumentApp.ElementType.HORIZONTAL_RULE) body.appendHorizontalRule();
  }
  if (first && body.getNumChildren() > 1) body.removeChild(first);
}

const GROUP_TAG = /\{\{\s*Group\s+(\d+)\s*\}\}/g;
const CLOSE_TAG = /\{\{\s*\/[^{}]*\}\}/g;

/**
 * Fits a group work table (header cells `{{Group 1}}`, `{{Group 2}}` …, row cells `{{Points n}}`)
 * to the meeting's number of groups: copies the last group column or drops extra ones, keeping
 * the row loop's closing tag in the last cell. Calls grow with groups, not with rows.
 */
export function fitGroupColumns(doc: Doc, groups: number): void {
  if (groups < 1) return;
  for (const table of doc.getBody().getTables()) {
    if (table.getNumRows() === 0) continue;
    const header = table.getRow(0);
    const columns: { cell: number; n: number }[] = [];
    for (let c = 0; c < header.getNumCells(); c++) {
      for (const match of header.getCell(c).getText().matchAll(GROUP_TAG))
        columns.push({ cell: c, n: Number(match[1]) });
    }
    if (columns.length === 0) continue;
    const last = columns.reduce((a, b) => (b.n > a.n ? b : a));
    if (last.n === groups) continue;
    for (let r = 0; r < table.getNumRows(); r++) {
      const row = table.getRow(r);
      if (row.getNumCells() <= last.cell) continue;
      if (last.n < groups) {
        const model = row.getCell(last.cell);
        const closing = model.getText().match(CLOSE_TAG) ?? [];
        if (closing.length > 0) model.replaceText(CLOSE_TAG.source, '');
        for (let n = last.n + 1; n <= groups; n++) {
          const added = row.insertTableCell(last.cell + (n - last.n), model.copy());
          renumber(added, last.n, n);
          if (n === groups && closing.length > 0) added.editAsText().appendText(closing.join(''));
        }
      } else {
        const keep = columns.find((c) => c.n === groups)?.cell ?? last.cell;
        const closing: string[] = [];
        for (let c = row.getNumCells() - 1; c > keep; c--) {
          if (!columns.some((col) => col.cell === c)) continue;
          closing.unshift(...(row.getCell(c).getText().match(CLOSE_TAG) ?? []));
          row.removeCell(c);
        }
        if (closing.length > 0) row.getCell(keep).editAsText().appendText(closing.join(''));
      }
    }
  }
}

function renumber(cell: GoogleAppsScript.Document.TableCell, from: number, to: number): void {
  for (const field of ['Group', 'Points']) {
    cell.replaceText(`\\{\\{\\s*${field}\\s+${from}\\s*\\}\\}`, `{{${field} ${to}}}`);
  }
}

interface Prepared {
  data: TemplateData;
  name: string;
  row: number;
  link: string;
  ownTemplate: string;
  groups: number;
}

function prepare(context: DocumentContext, id: string, problems: DocumentProblem[]): Prepared | undefined {
  const organisation = context.settings.organisation;
  if (context.kind === 'minutes') {
    const result = buildMinutes(context.minutes as MinutesSources, id);
    problems.push(...result.problems);
    const model = result.model;
    if (!model || result.problems.some((p) => p.severity === 'Error')) return undefined;
    return {
      data: minutesData(model, { organisation }),
      name: minutesName(model.meetingId, model.meetingTitle, model.isoDate),
      row: model.row,
      link: model.document,
      ownTemplate: model.template,
      groups: model.groupWork.groups.length,
    };
  }
  const result = buildReport(context.report as ReportSources, id);
  problems.push(...result.problems);
  const model = result.model;
  if (!model) return undefined;
  // Citation problems are errors but the report is still made: the markers show what to fix.
  return {
    data: reportData(model, { organisation, date: context.isoToday }),
    name: reportName(model.projectId, model.title, context.isoToday),
    row: model.row,
    link: model.document,
    ownTemplate: '',
    groups: 0,
  };
}

/** Generates (or updates) one document and writes its link into the row. */
export function generateOne(
  context: DocumentContext,
  id: string,
  options: { pdf?: boolean } = {},
): GeneratedDocument {
  const problems: DocumentProblem[] = [...context.runProblems];
  const prepared = prepare(context, id, problems);
  if (!prepared) return { id, updated: false, problems };
  const folder = outputFolder(context);
  const template = templateFile(context, prepared.ownTemplate, problems);
  const sheetName = KIND_SHEET[context.kind].name;
  const sheet = context.spreadsheet.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
  const column = documentColumn(context, sheet);

  // No usable link (cleared by the user, or the CLI re-running its unchanged input): the document
  // of the same name in the output folder is updated instead of making a duplicate.
  let file = openFile(driveIdOf(prepared.link)) ?? documentNamed(folder, prepared.name);
  let doc: Doc;
  const updated = file !== undefined;
  if (file) {
    doc = DocumentApp.openById(file.getId());
    refillFromTemplate(doc, DocumentApp.openById(template.getId()));
    if (file.getName() !== prepared.name) file.setName(prepared.name);
  } else {
    file = template.makeCopy(prepared.name, folder);
    doc = DocumentApp.openById(file.getId());
    // The link goes in at once, so that a run cut short never makes a second copy.
    sheet.getRange(prepared.row, column).setValue(doc.getUrl());
  }
  fitGroupColumns(doc, prepared.groups);
  const filled = fillDocument(doc, prepared.data, { timeZone: context.settings.timeZone });
  for (const p of filled.problems) {
    problems.push({
      severity: 'Warning',
      sheet: 'Template',
      row: 0,
      column: p.place,
      value: p.tag,
      problem: `${p.message} (template "${template.getName()}")`,
    });
  }
  doc.saveAndClose();
  const url = file.getUrl();
  if (updated && driveIdOf(prepared.link) !== file.getId())
    sheet.getRange(prepared.row, column).setValue(url);
  const generated: GeneratedDocument = {
    id,
    name: prepared.name,
    url,
    documentId: file.getId(),
    updated,
    problems,
  };
  if (options.pdf) generated.pdfUrl = savePdf(folder, file, prepared.name, problems);
  return generated;
}

/** Saves a PDF beside the Doc, replacing the PDF of an earlier run. */
function savePdf(folder: Folder, file: File, name: string, problems: DocumentProblem[]): string | undefined {
  try {
    const pdfName = `${name}.pdf`;
    const old = folder.getFilesByName(pdfName);
    while (old.hasNext()) old.next().setTrashed(true);
    const pdf = folder.createFile(file.getAs('application/pdf')).setName(pdfName);
    return pdf.getUrl();
  } catch (error) {
    problems.push({
      severity: 'Warning',
      sheet: '',
      row: 0,
      column: '',
      value: name,
      problem: `the PDF could not be made: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}
