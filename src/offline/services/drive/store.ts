/**
 * A folder stands in for Drive: OUT/docs/ is the root folder, subfolders are folders, each Google
 * Doc is exported as OUT/docs/<folders>/<name>.docx on flush(). Ids, names, folders, owners and
 * sharing live in OUT/docs/.drive/index.json and each document's model in OUT/docs/.drive/<id>.json,
 * so a later run can open a document by id and update it instead of making a duplicate. A run on a
 * workbook saved by an earlier run carries that run's Drive (the input's docs/) into its own OUT.
 *
 * Drive is per user (access.ts): each file and folder has an owner and the people it is shared
 * with, and the users for whom the app holds drive.file access (it made the item while they ran it).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeDocument, type DocumentStore } from '../document/document';
import { renderDocx } from '../document/docx';
import { importDocx } from '../document/import-docx';
import { documentFromModel, documentToModel, type DocumentModel } from '../document/serialize';
import { FakeBlob } from '../utilities';
import { safeFileName } from '../../file-names';
import { type DriveRole, roleOf, type Shared } from './access';
import { DOCUMENT_DENIED } from '../limits';
import { changesDocument, documentOf } from '../document/changes';

export const GOOGLE_DOC = 'application/vnd.google-apps.document';
export const FOLDER = 'application/vnd.google-apps.folder';
export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface FileRecord extends Shared {
  id: string;
  name: string;
  mimeType: string;
  folderId: string;
  viewers: string[];
  editors: string[];
  /** Sharing as set by setSharing: [access, permission]. */
  sharing: [string, string];
  trashed: boolean;
  updated: string;
  /** For a PDF made with getAs: the document it is made from. */
  pdfOf?: string;
  /** Made by the user in Drive, not by the add-on: invisible to the advanced Drive service (drive.file). */
  byHand?: boolean;
  /** A Word template of the user's imported from this file (offline): its size and time when read. */
  wordFile?: string;
  wordStamp?: string;
  /** What its import could not keep (said once in each run that uses it). */
  wordWarnings?: string[];
}
export interface FolderRecord extends Shared {
  id: string;
  name: string;
  parentId: string | null;
  trashed?: boolean;
  /** Made by the user in Drive, not by the add-on: invisible to the advanced Drive service (drive.file). */
  byHand?: boolean;
}
interface Index {
  files: Record<string, FileRecord>;
  folders: Record<string, FolderRecord>;
}

export const ROOT_ID = 'root';

/** A PDF not made yet: written by the store's flush() when a file is created from it. */
export class PendingPdfBlob extends FakeBlob {
  constructor(
    readonly _pdfOf: string,
    name: string,
  ) {
    super(Buffer.alloc(0), PDF, name);
  }
}

export function sofficeCommand(): string | undefined {
  for (const cmd of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [cmd], { stdio: 'ignore' });
      return cmd;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

export interface DriveStoreOptions {
  /** The user the script runs as; without one (unit tests of the store) no per-user rule applies. */
  user?: () => string;
  /** Whether the script holds the full `drive` scope (else `drive.file`: only the app's own items). */
  fullDrive?: () => boolean;
  /** A folder whose Drive stand-in (docs/) is carried into OUT when OUT has none yet: the input's. */
  carryFrom?: string;
  /** The workbook's folder: a Word template's path in a template cell is relative to it. */
  inputDir?: string;
  /** Says what an imported Word file lost (the run's log). */
  warn?: (text: string, title?: string) => void;
}

export class DriveStore implements DocumentStore {
  readonly root: string;
  private readonly index: Index;
  private readonly open = new Map<string, FakeDocument>();
  private readonly dirty = new Set<string>();
  private counter = 0;
  /** What imported Word files lost (import-docx.ts), by file name: the CLI shows them. */
  readonly importWarnings: { file: string; warnings: string[] }[] = [];
  /** Word templates whose warnings this run has said. */
  private readonly warned = new Set<string>();

  constructor(
    outDir: string,
    readonly options: DriveStoreOptions = {},
  ) {
    this.root = path.join(outDir, 'docs');
    const file = this.indexFile();
    const carried = options.carryFrom ? path.join(options.carryFrom, 'docs') : undefined;
    // Drive outlives a run: the documents an earlier run made (beside its saved workbook) are
    // still there for the next run on that workbook, whoever runs it. Copied, never written in place.
    if (
      carried &&
      path.resolve(carried) !== path.resolve(this.root) &&
      !fs.existsSync(file) &&
      fs.existsSync(path.join(carried, '.drive', 'index.json'))
    )
      fs.cpSync(carried, this.root, { recursive: true, dereference: true });
    this.index = fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Index)
      : { files: {}, folders: { [ROOT_ID]: { id: ROOT_ID, name: 'My Drive', parentId: null } } };
  }

  private indexFile(): string {
    return path.join(this.root, '.drive', 'index.json');
  }

  newId(prefix: string, name: string): string {
    this.counter += 1;
    const seed = `${name}|${Date.now()}|${this.counter}|${Object.keys(this.index.files).length}`;
    return prefix + createHash('sha1').update(seed).digest('hex').slice(0, 24);
  }

  /** The user the script runs as (undefined: no per-user rules). */
  get user(): string | undefined {
    return this.options.user?.() || undefined;
  }
  /** What the running user may do with an item: its own sharing, then its folders'. */
  role(item: FileRecord | FolderRecord): DriveRole {
    return roleOf(item, this.user, (id) => this.index.folders[id]);
  }
  canRead(item: FileRecord | FolderRecord): boolean {
    return this.role(item) !== null;
  }
  canWrite(item: FileRecord | FolderRecord): boolean {
    const role = this.role(item);
    return role === 'owner' || role === 'writer';
  }
  /**
   * Whether the script sees the item through Drive: with the full `drive` scope every item the user
   * can read; with `drive.file` only those the app made (or was given) for this user.
   * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
   */
  visible(item: FileRecord | FolderRecord): boolean {
    if (!this.canRead(item)) return false;
    if (this.options.fullDrive?.()) return true;
    if (item.byHand) return false;
    const user = this.user;
    if (!user || item.appUsers === undefined) return true;
    return item.appUsers.some((u) => u.toLowerCase() === user.toLowerCase());
  }
  /** Who made an item, and that the app holds drive.file access to it for them (unless made by hand). */
  private stamp<T extends FileRecord | FolderRecord>(record: T, byHand: boolean): T {
    const user = this.user;
    if (!user) return record;
    record.owner = user;
    record.appUsers = byHand ? [] : [user];
    return record;
  }

  get files(): FileRecord[] {
    return Object.values(this.index.files);
  }
  get folders(): FolderRecord[] {
    return Object.values(this.index.folders);
  }
  file(id: string): FileRecord | undefined {
    return this.index.files[id];
  }
  folder(id: string): FolderRecord | undefined {
    return this.index.folders[id];
  }

  addFolder(name: string, parentId: string, byHand = false): FolderRecord {
    const record: FolderRecord = this.stamp({ id: this.newId('f', name), name, parentId }, byHand);
    if (byHand) record.byHand = true;
    this.index.folders[record.id] = record;
    this.persist();
    return record;
  }
  addFile(fields: Partial<FileRecord> & { name: string; mimeType: string }): FileRecord {
    const record: FileRecord = {
      folderId: ROOT_ID,
      viewers: [],
      editors: [],
      sharing: ['PRIVATE', 'NONE'],
      trashed: false,
      updated: new Date().toISOString(),
      ...fields,
      // A copy made from another record's fields (File.makeCopy) is a new file: its own ID.
      id: this.newId('', fields.name),
    };
    delete record.owner;
    delete record.appUsers;
    this.stamp(record, !!fields.byHand);
    this.index.files[record.id] = record;
    this.persist();
    return record;
  }
  touch(id: string): void {
    const record = this.index.files[id];
    if (record) record.updated = new Date().toISOString();
    if (record?.mimeType === GOOGLE_DOC) this.dirty.add(id);
    this.persist();
  }

  createDocument(name: string): FakeDocument {
    const record = this.addFile({ name, mimeType: GOOGLE_DOC });
    const doc = this.track(new FakeDocument(record.id, name));
    this.saveDocument(doc);
    return doc;
  }
  /** DocumentApp (documents scope) opens any Doc the running user can read, whoever made it. */
  canOpenDocument(id: string): boolean {
    // A Word file's path (offline only): the user's own file, imported when opened.
    if (isWordPath(id)) return true;
    const record = this.index.files[id];
    return !!record && record.mimeType === GOOGLE_DOC && this.canRead(record);
  }
  openDocument(id: string): FakeDocument | undefined {
    if (isWordPath(id)) return this.wordTemplate(id);
    const opened = this.open.get(id);
    if (opened) return opened;
    const record = this.index.files[id];
    if (!record || record.mimeType !== GOOGLE_DOC) return undefined;
    const file = path.join(this.root, '.drive', `${id}.json`);
    const doc = fs.existsSync(file)
      ? documentFromModel(JSON.parse(fs.readFileSync(file, 'utf8')) as DocumentModel)
      : new FakeDocument(id, record.name);
    return this.track(doc);
  }
  /**
   * A Google Doc converted from a Word file, as Drive's import makes it (import-docx.ts). `byHand`:
   * the user uploaded it (invisible to drive.file, openable with DocumentApp).
   */
  importDocument(name: string, folderId: string, data: Uint8Array, byHand = false): FileRecord {
    const record = this.addFile({ name, mimeType: GOOGLE_DOC, folderId, ...(byHand ? { byHand } : {}) });
    let imported: ReturnType<typeof importDocx>;
    try {
      imported = importDocx(data, record.id, name);
    } catch (error) {
      delete this.index.files[record.id];
      this.persist();
      throw error;
    }
    if (imported.warnings.length > 0) this.importWarnings.push({ file: name, warnings: imported.warnings });
    this.saveDocument(this.track(imported.doc));
    return record;
  }
  /**
   * Offline only: a template cell that names a Word file (`templates/minutes.docx`, relative to the
   * workbook's folder, or absolute) opens the Google Doc that uploading it to Drive would make
   * (Drive converts it, import-docx.ts). The file is only read; it is imported again when it changed.
   * Online, the same cell gives a warning: upload the file to Drive and paste the Doc's link.
   */
  wordTemplate(reference: string): FakeDocument {
    const typed = reference.trim();
    const file = path.resolve(this.options.inputDir ?? process.cwd(), typed);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile())
      throw new Error(`the Word template ${typed} was not found (looked for ${file})`);
    const stat = fs.statSync(file);
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    const known = this.files.find((f) => f.wordFile === file && !f.trashed);
    let record = known && known.wordStamp === stamp && this.openDocument(known.id) ? known : undefined;
    if (!record) {
      if (known) known.trashed = true;
      try {
        record = this.importDocument(typed, ROOT_ID, fs.readFileSync(file), true);
      } catch (error) {
        throw new Error(`the Word template ${typed} cannot be read: ${(error as Error).message}`);
      }
      record.wordFile = file;
      record.wordStamp = stamp;
      record.wordWarnings = this.importWarnings.find((w) => w.file === typed)?.warnings ?? [];
      this.persist();
    }
    if (!this.warned.has(record.id)) {
      this.warned.add(record.id);
      for (const warning of record.wordWarnings ?? [])
        this.options.warn?.(`Word template ${typed}: ${warning} (see docs/templates-word.md)`);
    }
    return this.openDocument(record.id) as FakeDocument;
  }
  /** A PDF of a document, made by flush() once the blob is saved as a file (Document.getAs). */
  pdfOf(doc: FakeDocument): PendingPdfBlob {
    if (!sofficeCommand()) throw new Error('PDF needs LibreOffice: install it (soffice on the PATH).');
    return new PendingPdfBlob(doc._id, `${doc._name}.pdf`);
  }
  private track(doc: FakeDocument): FakeDocument {
    doc._onSave = (saved) => this.saveDocument(saved);
    doc._onPdf = (pdf) => this.pdfOf(pdf);
    doc._onShare = (shared, role, email) => {
      const record = this.index.files[shared._id];
      if (!record) return;
      if (!this.canWrite(record)) throw new Error(DOCUMENT_DENIED);
      if (!record[role].some((e) => e.toLowerCase() === email.toLowerCase())) record[role].push(email);
      this.persist();
    };
    this.open.set(doc._id, doc);
    this.dirty.add(doc._id);
    return doc;
  }
  /**
   * Refuses the first change a script makes to a document the running user may only view, as
   * online (a DocumentApp call named `Class.method` on the document or one of its elements).
   */
  guardChange(name: string, target: object): void {
    if (!changesDocument(name.slice(name.lastIndexOf('.') + 1))) return;
    const doc = documentOf(target, this.open.values());
    const record = doc && this.index.files[doc._id];
    if (record && !this.canWrite(record)) throw new Error(DOCUMENT_DENIED);
  }
  /** Writes the model now; the .docx is written by flush(). A viewer may not save changes. */
  saveDocument(doc: FakeDocument): void {
    const record = this.index.files[doc._id];
    if (record && !this.canWrite(record)) throw new Error(DOCUMENT_DENIED);
    if (record) record.name = doc._name;
    fs.mkdirSync(path.join(this.root, '.drive'), { recursive: true });
    fs.writeFileSync(path.join(this.root, '.drive', `${doc._id}.json`), JSON.stringify(documentToModel(doc)));
    this.touch(doc._id);
  }
  copyDocument(id: string, name: string, folderId: string): FileRecord {
    const source = this.openDocument(id);
    const record = this.addFile({ name, mimeType: GOOGLE_DOC, folderId });
    if (source) {
      const model = { ...documentToModel(source), id: record.id, name };
      this.saveDocument(this.track(documentFromModel(model)));
    }
    return record;
  }

  folderPath(folderId: string): string {
    const parts: string[] = [];
    for (
      let folder = this.index.folders[folderId];
      folder && folder.parentId;
      folder = this.index.folders[folder.parentId]
    ) {
      parts.unshift(safeFileName(folder.name));
    }
    return path.join(this.root, ...parts);
  }
  /** Where a file is (or will be) written. */
  pathOf(record: FileRecord): string {
    // A document's PDF sits beside its .docx under the same (possibly shortened) name.
    const source = record.pdfOf ? this.index.files[record.pdfOf] : undefined;
    if (source) return this.pathOf(source).replace(/\.docx$/i, '.pdf');
    if (record.mimeType === GOOGLE_DOC)
      return path.join(this.folderPath(record.folderId), safeFileName(record.name, '.docx'));
    // A shortened name keeps its own extension (".pdf", ".xlsx"): it is cut before it.
    const [, base, extension] = /^(.*?)(\.[A-Za-z0-9]{1,5})?$/.exec(record.name) as string[];
    return path.join(this.folderPath(record.folderId), safeFileName(base, extension ?? ''));
  }

  persist(): void {
    fs.mkdirSync(path.dirname(this.indexFile()), { recursive: true });
    fs.writeFileSync(this.indexFile(), JSON.stringify(this.index, null, 2));
  }

  /** Writes the .docx of every changed document and the PDFs asked for. Returns the files written. */
  async flush(): Promise<string[]> {
    // A document the user may only view was opened, not changed (guardChange refused every change).
    for (const [id, doc] of this.open) {
      const record = this.index.files[id];
      if (record && !this.canWrite(record)) this.dirty.delete(id);
      else if (this.dirty.has(id)) this.saveDocument(doc);
    }
    const written: string[] = [];
    for (const id of [...this.dirty]) {
      const doc = this.open.get(id);
      const record = this.index.files[id];
      // A Word template's stand-in Doc is not written out: the user's file is the template.
      if (!doc || !record || record.trashed || record.wordFile) continue;
      const target = this.pathOf(record);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, await renderDocx(doc));
      written.push(target);
    }
    this.dirty.clear();
    for (const record of this.files.filter((f) => f.pdfOf && !f.trashed)) {
      const source = this.index.files[record.pdfOf as string];
      const target = this.pathOf(record);
      if (!source || (fs.existsSync(target) && fs.statSync(target).mtime.toISOString() >= record.updated))
        continue;
      // A PDF LibreOffice could not make is said, and everything else is still saved.
      try {
        written.push(convertToPdf(this.pathOf(source), target));
      } catch (error) {
        const text = `${path.basename(target)} was not written: ${(error as Error).message}`;
        if (this.options.warn) this.options.warn(text, 'PDF');
        else throw error;
      }
    }
    return written;
  }
}

/** A template cell naming a Word file rather than a Doc's link or ID. */
export function isWordPath(value: string): boolean {
  return /\.docx\s*$/i.test(value);
}

/** Converts a .docx to PDF with LibreOffice. */
export function convertToPdf(docxFile: string, target: string): string {
  const soffice = sofficeCommand();
  if (!soffice) throw new Error('PDF needs LibreOffice: install it (soffice on the PATH) or leave PDF off.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-pdf-'));
  try {
    // A profile of its own: a LibreOffice already running (the user's, another conversion) would
    // otherwise take the request and exit without converting anything.
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    // Converted under a short name: LibreOffice silently converts nothing when a long name (a
    // Khmer title near the 255-byte limit) no longer fits with its own temporary suffix.
    const input = path.join(dir, 'document.docx');
    fs.copyFileSync(docxFile, input);
    execFileSync(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
      stdio: 'ignore',
    });
    const produced = path.join(dir, 'document.pdf');
    if (!fs.existsSync(produced)) throw new Error(`LibreOffice did not convert ${path.basename(docxFile)}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(produced, target);
    return target;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
