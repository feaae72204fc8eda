/**
 * Apps Script glue for minutes and progress reports: read the sheets once, then per document:
 * template → new Doc in the output folder (or the same Doc again) refilled from the template →
 * fill → save → link in the row. Service calls per document depend on the template and the
 * number of groups, never on the number of rows. Scopes: `documents` (DocumentApp opens the
 * template, even one the user made, and documents colleagues shared) and `drive.file` (the
 * advanced Drive service makes and finds the add-on's own folder, documents and PDFs); never
 * the full `drive` scope. What each kind reads and fills is described in kinds.ts.
 */
import type { Language } from '../i18n/language';
import { localized } from '../i18n/messages';
import { said } from '../i18n/problems';
import { readValues } from '../sheets/io';
import { SETTINGS, SETTING } from '../workbook/contract';
import { DEFAULT_TIME_ZONE, isTimeZone, isoDay, today } from '../workbook/dates';
import { foldKey } from '../workbook/matching';
import { settingsFromValues, type Settings } from '../workbook/settings';
import { Table } from '../workbook/table';
import { copyOwnDocument, createDocumentIn, PDF, saveBlob, trash, type DriveItem } from './drive';
import { DOCUMENT_KINDS, type DocumentKindDescription, type KindInputs } from './kinds';
import {
  documentColumn,
  documentNamed,
  inOutputFolder,
  linkedDocument,
  outputFolder,
  putInOutputFolder,
  templateDocument,
  type TemplateHandle,
} from './place';
import { driveIdOf, type DocumentKind } from './plan';
import type { Problem } from '../workbook/problem';
import { fitGroupColumns, fitPeriodColumns, GROUP_FIELDS, PERIOD_FIELDS, refillFromTemplate } from './refill';
import type { ColumnFit } from './template/columns';
import { idsOf } from './sources';
import { fillDocument } from './template';
import { fillThroughDocs } from './fill-docs';
import { insertChart } from './chart-image';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
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
  problems: Problem[];
}

/** Everything read once per run. */
export interface DocumentContext extends KindInputs {
  kind: DocumentKind;
  description: DocumentKindDescription;
  /** What the kind read (kinds.ts). */
  sources: unknown;
  /** The kind's own sheet (Meetings, Projects). */
  table: Table | undefined;
  settingsTable?: Table;
  folder?: DriveItem;
  /**
   * When this run made the output folder: what it has put into it since (then the folder is
   * looked into without a Drive list); undefined when the folder was found.
   */
  madeInFolder?: DriveItem[];
  /** Default template once found or built in this run, by document language. */
  defaultTemplate?: Partial<Record<Language, TemplateHandle>>;
  /** Column of Document in Meetings/Projects (1-based; 0: none and none may be added), once known. */
  documentColumn?: number;
}

/** A Google Doc's link, as Document.getUrl gives it, without opening the document. */
function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** Settings › Time zone, or the default with a warning when it is not a zone name. */
function organisationZone(settings: Settings, runProblems: Problem[]): string {
  if (isTimeZone(settings.timeZone)) return settings.timeZone;
  runProblems.push({
    severity: 'warning',
    sheet: SETTINGS.name,
    row: settings.rows.get(foldKey(SETTING.timeZone)) ?? null,
    column: 'Value',
    value: settings.timeZone,
    code: 'invalid-setting',
    ...said(localized('doc.badTimeZone', { zone: DEFAULT_TIME_ZONE })),
  });
  return DEFAULT_TIME_ZONE;
}

export function readContext(spreadsheet: Spreadsheet, kind: DocumentKind): DocumentContext {
  const settingsValues = readValues(spreadsheet, SETTINGS.name);
  const settingsTable = settingsValues
    ? Table.fromValues(SETTINGS.name, SETTINGS, settingsValues)
    : undefined;
  const settings = settingsFromValues(settingsValues);
  const runProblems: Problem[] = [];
  settings.timeZone = organisationZone(settings, runProblems);
  const inputs: KindInputs = {
    spreadsheet,
    settings,
    settingsValues,
    // Date and time cells come back as instants of the spreadsheet's zone (File › Settings), which
    // may differ from Settings › Time zone: they are read in the zone they were typed in.
    timeZone: spreadsheet.getSpreadsheetTimeZone() || settings.timeZone,
    isoToday: isoDay(today(settings.timeZone)),
    runProblems,
  };
  const description = DOCUMENT_KINDS[kind];
  const sources = description.read(inputs);
  return { ...inputs, kind, description, sources, table: description.table(sources), settingsTable };
}

/** Every Meeting ID or Project ID, in sheet order. */
export function allIds(context: DocumentContext): string[] {
  return idsOf(context.table, context.description.key);
}

function unreachableLink(context: DocumentContext, row: number, link: string): Problem {
  return {
    severity: 'error',
    sheet: context.description.sheet.name,
    row,
    column: 'Document',
    value: link,
    code: 'document-not-opened',
    ...said(localized('doc.linkNotOpened')),
  };
}

/** Generates (or updates) one document and writes its link into the row. */
export function generateOne(
  context: DocumentContext,
  id: string,
  options: { pdf?: boolean } = {},
): GeneratedDocument {
  const problems: Problem[] = [...context.runProblems];
  const prepared = context.description.prepare(context.sources, context, id, problems);
  if (!prepared) return { id, updated: false, problems };
  const linked = linkedDocument(prepared.link);
  if (linked.state === 'unreachable') {
    problems.push(unreachableLink(context, prepared.row, prepared.link));
    return { id, name: prepared.name, updated: false, problems };
  }
  const known = context.runProblems.length;
  // Found or made only when needed: a colleague updating the documents in the row links (shared
  // with them) gets no empty folder of their own.
  const folder = () => outputFolder(context);
  const template = templateDocument(context, prepared.ownTemplate, prepared.row, problems, prepared.language);
  const sheetName = context.description.sheet.name;
  const sheet = context.spreadsheet.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
  const column = documentColumn(context, sheet);
  const writeLink = (url: string) => {
    if (column > 0) sheet.getRange(prepared.row, column).setValue(url);
  };

  // No usable link (cleared by the user, or the CLI re-running its unchanged input): the document
  // of the same name in the output folder is updated instead of making a duplicate.
  let doc: Doc | undefined = linked.state === 'open' ? linked.doc : documentNamed(context, prepared.name);
  const updated = doc !== undefined;
  // Whether DocumentApp changed the document, so that it is saved before the Docs API reads it.
  let changed = updated;
  let documentId: string;
  if (doc) {
    if (doc.getName() !== prepared.name) doc.setName(prepared.name);
    refillFromTemplate(doc, template.doc());
    documentId = doc.getId();
  } else {
    // A template the add-on made is copied whole (one call); one the user made is refilled element by element.
    const copy = copyOwnDocument(template.id, prepared.name, folder().id);
    const made = copy ?? createDocumentIn(prepared.name, folder().id);
    putInOutputFolder(context, made);
    documentId = made.id;
    // The link goes in at once, so that a run cut short never makes a second copy.
    writeLink(documentUrl(documentId));
    // A whole copy is not opened with DocumentApp: its columns are fitted in the fill's batch.
    if (!copy) {
      doc = DocumentApp.openById(documentId);
      refillFromTemplate(doc, template.doc());
    }
    changed = !copy;
  }
  if (doc && changed) doc.saveAndClose();
  const url = documentUrl(documentId);
  const fillOptions = { timeZone: context.timeZone };
  // The group work table widened or narrowed to the meeting's groups, the report's indicators
  // table to its periods.
  const columns: ColumnFit[] = [];
  if (prepared.groups > 0) columns.push({ fields: GROUP_FIELDS, count: prepared.groups });
  if (context.kind === 'report') columns.push({ fields: PERIOD_FIELDS, count: prepared.periods });
  let filled = fillThroughDocs(documentId, prepared.data, fillOptions, columns);
  if (!filled) {
    // No Docs service, or a template the API cannot fill: DocumentApp, element by element.
    const reopened = DocumentApp.openById(documentId);
    fitGroupColumns(reopened, prepared.groups);
    if (context.kind === 'report') fitPeriodColumns(reopened, prepared.periods);
    filled = fillDocument(reopened, prepared.data, fillOptions);
    reopened.saveAndClose();
  }
  // The report's chart where the fill left {{Chart}} (an image the Docs API cannot insert from a blob).
  const chartFailed = prepared.chart ? insertChart(documentId, prepared.chart) : undefined;
  if (chartFailed !== undefined) {
    problems.push({
      severity: 'warning',
      sheet: 'Template',
      row: null,
      column: null,
      value: '{{Chart}}',
      code: 'chart-failed',
      ...said(localized('doc.chartFailed', { error: chartFailed })),
    });
  }
  for (const p of filled.problems) {
    problems.push({
      severity: 'warning',
      sheet: 'Template',
      row: null,
      column: p.place,
      value: p.tag,
      code: p.code,
      ...said(
        localized('doc.inTemplate', {
          message: p.i18n ?? localized('text.as', { text: p.message }),
          template: template.name(),
        }),
      ),
    });
  }
  if (updated && driveIdOf(prepared.link) !== documentId) writeLink(url);
  const pdfUrl = options.pdf ? savePdf(context, documentId, prepared.name, problems) : undefined;
  problems.push(...context.runProblems.slice(known));
  const generated: GeneratedDocument = { id, name: prepared.name, url, documentId, updated, problems };
  if (options.pdf) generated.pdfUrl = pdfUrl;
  return generated;
}

/** Saves a PDF beside the Doc (Document.getAs + the advanced Drive service), replacing an earlier one. */
function savePdf(
  context: DocumentContext,
  documentId: string,
  name: string,
  problems: Problem[],
): string | undefined {
  try {
    const pdfName = `${name}.pdf`;
    for (const old of inOutputFolder(context, pdfName, PDF)) trash(old.id);
    // Reopened after saveAndClose, so that the PDF has the filled contents.
    // (A folder this run made has no PDF of an earlier run: only a second document of the same
    // name in one run would leave two.)
    const saved = saveBlob(
      DocumentApp.openById(documentId).getAs(PDF),
      pdfName,
      PDF,
      outputFolder(context).id,
    );
    return `https://drive.google.com/file/d/${saved}/view`;
  } catch (error) {
    problems.push({
      severity: 'warning',
      sheet: '',
      row: null,
      column: null,
      value: name,
      code: 'pdf-failed',
      ...said(localized('doc.pdfFailed', { error: error instanceof Error ? error.message : String(error) })),
    });
    return undefined;
  }
}
