/**
 * Where a document goes and what it is made from: the output folder, the template, the row's
 * Document column and Settings cells. Several people use one workbook and the add-on has only
 * `drive.file`: each user sees only the files the add-on made for them, but may open (DocumentApp,
 * `documents` scope) any Doc shared with them. So a link or setting another user wrote is opened
 * by ID, and never replaced just because this user cannot see it.
 */
import { ensureGrid } from '../sheets/io';
import type { Language } from '../i18n/language';
import { localized, t } from '../i18n/messages';
import { said } from '../i18n/problems';
import { SETTING, SETTINGS, SHEET } from '../workbook/contract';
import { foldKey } from '../workbook/matching';
import { cleanText } from '../workbook/values';
import { importTemplate } from './build-template';
import { createFolder, driveItem, FOLDER, GOOGLE_DOCS, itemsNamed, type DriveItem } from './drive';
import type { DocumentContext } from './generate';
import { DEFAULT_OUTPUT_FOLDER, driveIdOf } from './plan';
import type { Problem } from '../workbook/problem';

type Doc = GoogleAppsScript.Document.Document;

/**
 * Output folder from Settings › Output folder (a name, or the link or ID of a folder this add-on
 * made), found among the add-on's folders or created. Under drive.file a folder made by hand in
 * Drive (or by another user) is invisible: said once per run, and the folder of the default name is used instead.
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
        sheet: SHEET.settings,
        row: context.settings.rows.get(foldKey(SETTING.outputFolder)) ?? null,
        column: 'Value',
        value: setting,
        code: 'output-folder-not-usable',
        ...said(localized('doc.folderNotUsable', { folder: DEFAULT_OUTPUT_FOLDER })),
      });
    }
  }
  if (!folder) folder = itemsNamed(name, FOLDER)[0];
  if (!folder) {
    folder = createFolder(name);
    // A folder made in this run holds only what this run puts into it: no list needed to look into it.
    context.madeInFolder = [];
  }
  context.folder = folder;
  return folder;
}

/**
 * The items of this name and type in the output folder (not trashed): the ones this run put
 * there when it made the folder itself (nothing else can be in it yet), else one Drive list.
 */
export function inOutputFolder(context: DocumentContext, name: string, mimeType: string): DriveItem[] {
  const folder = outputFolder(context);
  if (context.madeInFolder)
    return context.madeInFolder.filter((item) => item.name === name && item.mimeType === mimeType);
  return itemsNamed(name, mimeType, folder.id);
}

/** Notes an item this run put into the output folder (see inOutputFolder). */
export function putInOutputFolder(context: DocumentContext, item: DriveItem): void {
  context.madeInFolder?.push(item);
}

/** Any Google Doc the user can open (one shared with them, a template they made), or undefined. */
export function openDocument(id: string | undefined): Doc | undefined {
  if (!id) return undefined;
  try {
    return DocumentApp.openById(id);
  } catch {
    return undefined;
  }
}

/** The row's document, as far as this user can reach it. */
export type LinkedDocument =
  | { state: 'none' }
  | { state: 'open'; doc: Doc }
  /** A file the add-on made for this user that is now in the trash or is not a Doc: a new one replaces it. */
  | { state: 'gone' }
  /** Not visible to this user and not openable: another user's, not shared, or deleted. */
  | { state: 'unreachable'; id: string };

export function linkedDocument(link: string): LinkedDocument {
  const id = driveIdOf(link);
  if (!id) return { state: 'none' };
  const own = driveItem(id);
  if (own) {
    if (own.trashed || own.mimeType !== GOOGLE_DOCS) return { state: 'gone' };
    const doc = openDocument(own.id);
    return doc ? { state: 'open', doc } : { state: 'gone' };
  }
  // Not the add-on's file for this user: it may be a colleague's document shared with them.
  const doc = openDocument(id);
  return doc ? { state: 'open', doc } : { state: 'unreachable', id };
}

/** A Google Doc of this name in the output folder (not trashed), if any. */
export function documentNamed(context: DocumentContext, name: string): Doc | undefined {
  const found = inOutputFolder(context, name, GOOGLE_DOCS)[0];
  return found ? openDocument(found.id) : undefined;
}

/**
 * A document's template: its ID and name, and the Doc opened only when it is needed (to refill
 * a document from it, or when Drive may not copy it), so that the default template this run
 * made is not opened at all.
 */
export interface TemplateHandle {
  id: string;
  name(): string;
  doc(): Doc;
}

function handleOf(doc: Doc): TemplateHandle {
  return { id: doc.getId(), name: () => doc.getName(), doc: () => doc };
}

/** The handle of a template known by ID and name, opened on first use. */
function lazyHandle(id: string, name: string): TemplateHandle {
  let doc: Doc | undefined;
  return { id, name: () => name, doc: () => (doc ??= DocumentApp.openById(id)) };
}

/**
 * The template for a document: the row's own (Meetings › Template), else the Settings one, else
 * the default of the document's language, built on first use into the output folder. Settings is
 * written only when it was blank and for the workbook's own language: a template ID there that
 * this user cannot open (a colleague's, not shared) stays.
 */
export function templateDocument(
  context: DocumentContext,
  own: string,
  row: number,
  problems: Problem[],
  language: Language = 'en',
): TemplateHandle {
  const { description } = context;
  if (own) {
    const opened = openTemplate(own);
    if (opened.doc) return handleOf(opened.doc);
    problems.push(
      templateProblem(description.sheet.name, row, 'Template', own, opened.error, 'doc.ownTemplateNotOpened'),
    );
  }
  const cached = context.defaultTemplate?.[language];
  if (cached) return cached;
  const remember = (handle: TemplateHandle) => {
    context.defaultTemplate = { ...context.defaultTemplate, [language]: handle };
    return handle;
  };
  const setting = cleanText(context.settings.raw.get(foldKey(description.templateSetting)));
  const opened = setting ? openTemplate(setting) : {};
  const existing = opened.doc;
  // The Settings template serves every document, unless it is the tool's default of the other language.
  const otherDefault = (['en', 'km'] as const).some(
    (other) => other !== language && existing?.getName() === t(other, description.templateName),
  );
  if (existing && !otherDefault) return remember(handleOf(existing));
  // The default template already in this user's output folder is reused, as they may have restyled it.
  const name = t(language, description.templateName);
  const found = documentNamed(context, name);
  if (setting && !existing) {
    problems.push(
      templateProblem(
        SHEET.settings,
        context.settings.rows.get(foldKey(description.templateSetting)) ?? null,
        'Value',
        setting,
        opened.error,
        'doc.settingTemplateNotOpened',
      ),
    );
  }
  let handle: TemplateHandle;
  if (found) handle = handleOf(found);
  else {
    // Imported from a Word file, so that it has the page furniture a script cannot insert
    // (build-template.ts); not opened: a new document is a Drive copy of it.
    const made = importTemplate(name, outputFolder(context).id, description.kind, language);
    putInOutputFolder(context, made);
    handle = lazyHandle(made.id, name);
  }
  if (!setting && language === context.settings.language)
    writeSetting(context, description.templateSetting, handle.id);
  return remember(handle);
}

/** A cell naming a Word file (`templates/minutes.docx`) rather than a Doc's link or ID. */
export function isWordFile(value: string): boolean {
  return /\.docx\s*$/i.test(cleanText(value));
}

/**
 * A template cell's Doc: a Doc's link or ID, or a Word file's path. A path is opened as it is:
 * offline the runtime imports the file as Drive would; online it fails, and the problem says to
 * upload the file to Drive (which converts it) and paste the Doc's link instead.
 */
function openTemplate(value: string): { doc?: Doc; error?: string } {
  if (!isWordFile(value)) return { doc: openDocument(driveIdOf(value)) };
  try {
    return { doc: DocumentApp.openById(cleanText(value)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The warning for a template cell that cannot be used; a Word file's gets its own code and advice. */
function templateProblem(
  sheet: string,
  row: number | null,
  column: string,
  value: string,
  error: string | undefined,
  notOpened: 'doc.ownTemplateNotOpened' | 'doc.settingTemplateNotOpened',
): Problem {
  if (!isWordFile(value))
    return {
      severity: 'warning',
      sheet,
      row,
      column,
      value,
      code: 'template-not-opened',
      ...said(localized(notOpened)),
    };
  return {
    severity: 'warning',
    sheet,
    row,
    column,
    value,
    code: 'template-word-file',
    ...said(
      error === undefined
        ? localized(notOpened)
        : localized('doc.wordTemplate', { file: cleanText(value), error }),
      localized('doc.wordTemplate.fix'),
    ),
  };
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
    // An uploaded Settings sheet's grid ends at its last row: the new setting needs a row first.
    ensureGrid(sheet, newRow, Math.max(settingColumn, valueColumn));
    sheet.getRange(newRow, settingColumn).setValue(name);
    sheet.getRange(newRow, valueColumn).setValue(value);
    context.settings.rows.set(foldKey(name), newRow);
  }
  context.settings.raw.set(foldKey(name), value);
}

/**
 * 1-based Document column of Meetings/Projects; added after the last column when missing. 0 when
 * it is missing and this user may not write the header row (protected for coordinators): said
 * once, and the documents are made without links.
 */
export function documentColumn(context: DocumentContext, sheet: GoogleAppsScript.Spreadsheet.Sheet): number {
  if (context.documentColumn !== undefined) return context.documentColumn;
  const table = context.table;
  const index = table ? table.column('Document') : -1;
  if (index >= 0) {
    context.documentColumn = index + 1;
    return context.documentColumn;
  }
  const column = Math.max(sheet.getLastColumn(), table ? table.headerRow.length : 0) + 1;
  try {
    // An uploaded sheet's grid ends at its last column: the Document column needs room first.
    ensureGrid(sheet, 1, column);
    sheet.getRange(1, column).setValue('Document');
    context.documentColumn = column;
  } catch (error) {
    context.documentColumn = 0;
    context.runProblems.push({
      severity: 'warning',
      sheet: sheet.getName(),
      row: 1,
      column: 'Document',
      value: '',
      code: 'no-document-column',
      ...said(
        localized('doc.noDocumentColumn', { error: error instanceof Error ? error.message : String(error) }),
      ),
    });
  }
  return context.documentColumn;
}
