/**
 * Apps Script glue for minutes and progress reports: read the sheets once, then per document:
 * template → new Doc in the output folder (or the same Doc again) refilled from the template →
 * fill → save → link in the row. Service calls per document depend on the template and the
 * number of groups, never on the number of rows. Scopes: `documents` (DocumentApp opens the
 * template, even one the user made) and `drive.file` (the advanced Drive service makes and finds
 * the add-on's own folder, documents and PDFs); never the full `drive` scope.
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
import { DEFAULT_TIME_ZONE, isoDay, today } from '../workbook/dates';
import { foldKey } from '../workbook/matching';
import { cleanText } from '../workbook/values';
import { settingsFromValues, type Settings } from '../workbook/settings';
import { Table } from '../workbook/table';
import { buildTemplate } from './build-template';
import { minutesData } from './minutes/data';
import { buildMinutes, type MinutesSources } from './minutes/model';
import {
  copyOwnDocument,
  createDocumentIn,
  createFolder,
  driveItem,
  FOLDER,
  GOOGLE_DOCS,
  itemsNamed,
  PDF,
  saveBlob,
  trash,
  type DriveItem,
} from './drive';
import { DEFAULT_OUTPUT_FOLDER, driveIdOf, minutesName, reportName, type DocumentKind } from './plan';
import type { Problem } from '../workbook/problem';
import { reportData } from './report/data';
import { computedResults } from './report/indicators';
import { buildReport, type ReportSources } from './report/model';
import { idsOf } from './sources';
import { fillDocument, type TemplateData } from './template';
import { MINUTES_TEMPLATE, REPORT_TEMPLATE } from './templates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Doc = GoogleAppsScript.Document.Document;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;

export interface GeneratedDocument {
  /** Meeting ID or Project ID. */
  id: string;
  name?: string;
  url?: string;
  documentId?: string;
  /** True when an existing document was refilled instead of making a new one. */
  updated: boolean;
  pdfUrl?: string;
  problems: Problem[];
}

/** Everything read once per run. */
export interface DocumentContext {
  spreadsheet: Spreadsheet;
  kind: DocumentKind;
  settings: Settings;
  settingsTable?: Table;
  minutes?: MinutesSources;
  report?: ReportSources;
  folder?: DriveItem;
  /** Default template file ID once found or built in this run. */
  defaultTemplate?: string;
  /** Column of Document in Meetings/Projects (1-based), once known. */
  documentColumn?: number;
  /** Today, for report names and dates. */
  isoToday: string;
  /** Problems of the whole run, added to each document (e.g. figures computed in memory). */
  runProblems: Problem[];
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
  const runProblems: Problem[] = [];
  try {
    new Intl.DateTimeFormat('en', { timeZone: settings.timeZone });
  } catch {
    // Settings › Time zone is not a zone name: the documents use the default, and say so.
    runProblems.push({
      severity: 'warning',
      sheet: SETTINGS.name,
      row: settings.rows.get(foldKey('Time zone')) ?? null,
      column: 'Value',
      value: settings.timeZone,
      code: 'invalid-setting',
      fix: '',
      message: `not a time zone name: dates use ${DEFAULT_TIME_ZONE} (type one such as Asia/Phnom_Penh)`,
    });
    settings.timeZone = DEFAULT_TIME_ZONE;
  }
  const timeZone = settings.timeZone;
  const lists = readTable(spreadsheet, LISTS);
  const context: DocumentContext = {
    spreadsheet,
    kind,
    settings,
    settingsTable,
    isoToday: isoDay(today(timeZone)),
    runProblems,
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

/**
 * Output folder from Settings › Output folder (a name, or the link or ID of a folder this add-on
 * made), found among the add-on's folders or created. Under drive.file a folder made by hand in
 * Drive is invisible: said once per run, and the folder of the default name is used instead.
 */
export function outputFolder(context: DocumentContext): DriveItem {
  if (context.folder) return context.folder;
  const setting = context.settings.outputFolder || DEFAULT_OUTPUT_FOLDER;
  const id = driveIdOf(setting);
  let folder: DriveItem | undefined;
  let name = setting;
  if (id) {
    const found = driveItem(id);
    if (found && found.mimeType === FOLDER && !found.trashed) folder = found;
    // A bare word may be a folder name; a link, or a long ID-like word, is a folder the add-on cannot see.
    else if (id !== cleanText(setting) || id.length >= 25) {
      name = DEFAULT_OUTPUT_FOLDER;
      context.runProblems.push({
        severity: 'warning',
        sheet: 'Settings',
        row: context.settings.rows.get(foldKey('Output folder')) ?? null,
        column: 'Value',
        value: setting,
        code: 'output-folder-not-usable',
        fix: '',
        message: `CBO Tracker can only use folders it made itself (it has no access to the rest of your Drive), so this folder cannot be used: the documents go to the folder "${DEFAULT_OUTPUT_FOLDER}". Write a folder name here to have the tool make and use that folder, or move the documents by hand`,
      });
    }
  }
  if (!folder) folder = itemsNamed(name, FOLDER)[0] ?? createFolder(name);
  context.folder = folder;
  return folder;
}

/** A Google Doc the add-on may see and that is not in the trash, opened. */
function openOwnDocument(id: string | undefined): Doc | undefined {
  const found = driveItem(id);
  if (!found || found.trashed || found.mimeType !== GOOGLE_DOCS) return undefined;
  return openDocument(found.id);
}

/** Any Google Doc the user can open (a template the user made included), or undefined. */
function openDocument(id: string | undefined): Doc | undefined {
  if (!id) return undefined;
  try {
    return DocumentApp.openById(id);
  } catch {
    return undefined;
  }
}

/** A Google Doc of this name in the folder (not trashed), if any. */
function documentNamed(folder: DriveItem, name: string): Doc | undefined {
  const found = itemsNamed(name, GOOGLE_DOCS, folder.id)[0];
  return found ? openDocument(found.id) : undefined;
}

/**
 * The template for a document: the row's own (Meetings › Template), else the Settings one, else
 * the default built on first use into the output folder and recorded in Settings.
 */
function templateDocument(context: DocumentContext, own: string, row: number, problems: Problem[]): Doc {
  const kind = context.kind;
  const sheet = KIND_SHEET[kind].name;
  if (own) {
    const doc = openDocument(driveIdOf(own));
    if (doc) return doc;
    problems.push({
      severity: 'warning',
      sheet,
      row,
      column: 'Template',
      value: own,
      code: 'template-not-opened',
      fix: '',
      message:
        'this template cannot be opened (no access, or not a Google Doc): the default template is used',
    });
  }
  const setting = kind === 'minutes' ? context.settings.minutesTemplate : context.settings.reportTemplate;
  if (context.defaultTemplate) return DocumentApp.openById(context.defaultTemplate);
  const existing = openDocument(driveIdOf(setting));
  if (existing) {
    context.defaultTemplate = existing.getId();
    return existing;
  }
  // The default template already in the output folder (e.g. Settings lost its ID) is reused, as restyled.
  let doc = documentNamed(outputFolder(context), TEMPLATE_NAME[kind]);
  if (setting) {
    problems.push({
      severity: 'warning',
      sheet: 'Settings',
      row: context.settings.rows.get(foldKey(TEMPLATE_SETTING[kind])) ?? null,
      column: 'Value',
      value: setting,
      code: 'template-not-opened',
      fix: '',
      message: doc
        ? 'this template cannot be opened: the default template of the output folder is used and recorded here'
        : 'this template cannot be opened: a new default template is made and recorded here',
    });
  }
  if (!doc) {
    doc = DocumentApp.openById(createDocumentIn(TEMPLATE_NAME[kind], outputFolder(context).id).id);
    buildTemplate(doc.getBody(), kind === 'minutes' ? MINUTES_TEMPLATE : REPORT_TEMPLATE);
    doc.saveAndClose();
    doc = DocumentApp.openById(doc.getId());
  }
  writeSetting(context, TEMPLATE_SETTING[kind], doc.getId());
  context.defaultTemplate = doc.getId();
  return doc;
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

/** Replaces a section's contents by copies of another section's children (paragraphs, lists, tables...). */
function copyChildren(source: Section, target: Section, body = false): void {
  target.clear();
  const first = target.getNumChildren() === 1 ? target.getChild(0) : undefined;
  const count = source.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = source.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) target.appendParagraph(child.asParagraph().copy());
    else if (type === DocumentApp.ElementType.LIST_ITEM) target.appendListItem(child.asListItem().copy());
    else if (type === DocumentApp.ElementType.TABLE) target.appendTable(child.asTable().copy());
    else if (body && type === DocumentApp.ElementType.HORIZONTAL_RULE)
      (target as GoogleAppsScript.Document.Body).appendHorizontalRule();
    else if (body && type === DocumentApp.ElementType.PAGE_BREAK)
      (target as GoogleAppsScript.Document.Body).appendPageBreak();
  }
  if (first && target.getNumChildren() > 1) target.removeChild(first);
}

/**
 * Fills a document (new or made before) with a fresh copy of the template: body, header and
 * footer. DocumentApp only, so that a template the user made needs no Drive access.
 */
function refillFromTemplate(doc: Doc, template: Doc): void {
  copyChildren(template.getBody(), doc.getBody(), true);
  const header = template.getHeader();
  const ownHeader = doc.getHeader();
  if (header) copyChildren(header, ownHeader ?? doc.addHeader());
  else ownHeader?.clear();
  const footer = template.getFooter();
  const ownFooter = doc.getFooter();
  if (footer) copyChildren(footer, ownFooter ?? doc.addFooter());
  else ownFooter?.clear();
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

function prepare(context: DocumentContext, id: string, problems: Problem[]): Prepared | undefined {
  const organisation = context.settings.organisation;
  if (context.kind === 'minutes') {
    const result = buildMinutes(context.minutes as MinutesSources, id);
    problems.push(...result.problems);
    const model = result.model;
    if (!model || result.problems.some((p) => p.severity === 'error')) return undefined;
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
  const problems: Problem[] = [...context.runProblems];
  const prepared = prepare(context, id, problems);
  if (!prepared) return { id, updated: false, problems };
  const known = context.runProblems.length;
  const folder = outputFolder(context);
  problems.push(...context.runProblems.slice(known));
  const template = templateDocument(context, prepared.ownTemplate, prepared.row, problems);
  const sheetName = KIND_SHEET[context.kind].name;
  const sheet = context.spreadsheet.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
  const column = documentColumn(context, sheet);

  // No usable link (cleared by the user, or the CLI re-running its unchanged input): the document
  // of the same name in the output folder is updated instead of making a duplicate.
  let doc = openOwnDocument(driveIdOf(prepared.link)) ?? documentNamed(folder, prepared.name);
  const updated = doc !== undefined;
  if (doc) {
    if (doc.getName() !== prepared.name) doc.setName(prepared.name);
    refillFromTemplate(doc, template);
  } else {
    // A template the add-on made is copied whole (one call); one the user made is refilled element by element.
    const copy = copyOwnDocument(template.getId(), prepared.name, folder.id);
    doc = DocumentApp.openById(copy?.id ?? createDocumentIn(prepared.name, folder.id).id);
    // The link goes in at once, so that a run cut short never makes a second copy.
    sheet.getRange(prepared.row, column).setValue(doc.getUrl());
    if (!copy) refillFromTemplate(doc, template);
  }
  fitGroupColumns(doc, prepared.groups);
  const filled = fillDocument(doc, prepared.data, { timeZone: context.settings.timeZone });
  for (const p of filled.problems) {
    problems.push({
      severity: 'warning',
      sheet: 'Template',
      row: null,
      column: p.place,
      value: p.tag,
      code: p.code,
      fix: '',
      message: `${p.message} (template "${template.getName()}")`,
    });
  }
  const documentId = doc.getId();
  const url = doc.getUrl();
  doc.saveAndClose();
  if (updated && driveIdOf(prepared.link) !== documentId) sheet.getRange(prepared.row, column).setValue(url);
  const generated: GeneratedDocument = { id, name: prepared.name, url, documentId, updated, problems };
  if (options.pdf) generated.pdfUrl = savePdf(folder, documentId, prepared.name, problems);
  return generated;
}

/** Saves a PDF beside the Doc (Document.getAs + the advanced Drive service), replacing an earlier one. */
function savePdf(
  folder: DriveItem,
  documentId: string,
  name: string,
  problems: Problem[],
): string | undefined {
  try {
    const pdfName = `${name}.pdf`;
    for (const old of itemsNamed(pdfName, PDF, folder.id)) trash(old.id);
    // Reopened after saveAndClose, so that the PDF has the filled contents.
    return saveBlob(DocumentApp.openById(documentId).getAs(PDF), pdfName, PDF, folder.id);
  } catch (error) {
    problems.push({
      severity: 'warning',
      sheet: '',
      row: null,
      column: null,
      value: name,
      code: 'pdf-failed',
      fix: '',
      message: `the PDF could not be made: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}
