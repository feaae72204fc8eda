/**
 * DriveApp, Folder, File and their iterators, over a DriveStore. Sharing is recorded in the index.
 * DriveApp sees what the script's scope lets it see (DriveStore.visible): under the manifest's
 * `drive.file` only what the add-on made for the user running it; with the full `drive` scope all
 * the user can read. A change needs edit access.
 */
import type { Emulates } from '../emulation';
import fs from 'node:fs';
import { DRIVEAPP_DENIED, DRIVEAPP_NOT_FOUND } from '../limits';
import { FakeUser } from '../spreadsheet/protection';
import { FakeBlob } from '../utilities';
import {
  type DriveStore,
  type FileRecord,
  GOOGLE_DOC,
  PDF,
  PendingPdfBlob,
  ROOT_ID,
  sofficeCommand,
} from './store';

export { PendingPdfBlob };

export const Access = Object.freeze({
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
});
export const Permission = Object.freeze({
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  NONE: 'NONE',
});

type Unwrap = <T>(value: T) => T;

export class FakeDriveApp implements Emulates<
  GoogleAppsScript.Drive.DriveApp,
  | 'Access'
  | 'Permission'
  | 'getRootFolder'
  | 'getFolderById'
  | 'getFoldersByName'
  | 'createFolder'
  | 'getFileById'
  | 'getFilesByName'
> {
  static gasClass = 'DriveApp';
  static gasProperties: readonly string[] = ['Access', 'Permission'];
  readonly Access = Access;
  readonly Permission = Permission;
  constructor(
    readonly _store: DriveStore,
    readonly _unwrap: Unwrap = (v) => v,
  ) {}

  getRootFolder(): FakeFolder {
    return new FakeFolder(this._store, ROOT_ID, this._unwrap);
  }
  getFolderById(id: string): FakeFolder {
    const folder = this._store.folder(String(id));
    if (!folder || !this._store.visible(folder)) throw new Error(DRIVEAPP_NOT_FOUND);
    return new FakeFolder(this._store, String(id), this._unwrap);
  }
  getFoldersByName(name: string): FakeFolderIterator {
    const ids = this._store.folders
      .filter((f) => f.name === name && f.parentId !== null && this._store.visible(f))
      .map((f) => f.id);
    return new FakeFolderIterator(ids.map((id) => new FakeFolder(this._store, id, this._unwrap)));
  }
  createFolder(name: string): FakeFolder {
    return this.getRootFolder().createFolder(name);
  }
  getFileById(id: string): FakeFile {
    const record = this._store.file(String(id));
    if (!record || !this._store.visible(record)) throw new Error(DRIVEAPP_NOT_FOUND);
    return new FakeFile(this._store, record, this._unwrap);
  }
  getFilesByName(name: string): FakeFileIterator {
    const records = this._store.files.filter((f) => f.name === name && !f.trashed && this._store.visible(f));
    return new FakeFileIterator(records.map((r) => new FakeFile(this._store, r, this._unwrap)));
  }
}

/** Emulated, but not in the Emulates list (their parameters differ from @types': overloads there, the fakes' own classes or resource types here): createFile, addFile. */
export class FakeFolder implements Emulates<
  GoogleAppsScript.Drive.Folder,
  'getId' | 'getName' | 'getUrl' | 'createFolder' | 'getFilesByName' | 'getFiles' | 'getFoldersByName'
> {
  static gasClass = 'Folder';
  constructor(
    readonly _store: DriveStore,
    readonly _id: string,
    readonly _unwrap: Unwrap,
  ) {}
  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._store.folder(this._id)?.name ?? '';
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._id}`;
  }
  /** A change inside this folder needs edit access to it (My Drive's root is everyone's own). */
  _checkWrite(): void {
    const folder = this._store.folder(this._id);
    if (this._id !== ROOT_ID && folder && !this._store.canWrite(folder)) throw new Error(DRIVEAPP_DENIED);
  }
  createFolder(name: string): FakeFolder {
    this._checkWrite();
    return new FakeFolder(this._store, this._store.addFolder(String(name), this._id).id, this._unwrap);
  }
  /** Creates a file from a blob (a PDF from getAs is written at flush). */
  createFile(blob: FakeBlob): FakeFile {
    this._checkWrite();
    const data = this._unwrap(blob);
    const name = data.getName() ?? 'Untitled';
    const pdfOf = data instanceof PendingPdfBlob ? data._pdfOf : undefined;
    const record = this._store.addFile({
      name,
      mimeType: data.getContentType() ?? 'application/octet-stream',
      folderId: this._id,
      pdfOf,
    });
    if (!pdfOf) {
      const target = this._store.pathOf(record);
      fs.mkdirSync(this._store.folderPath(this._id), { recursive: true });
      fs.writeFileSync(target, data._data);
    }
    return new FakeFile(this._store, record, this._unwrap);
  }
  addFile(file: FakeFile): this {
    this._checkWrite();
    const record = this._unwrap(file)._record;
    record.folderId = this._id;
    this._store.touch(record.id);
    return this;
  }
  getFilesByName(name: string): FakeFileIterator {
    const records = this._store.files.filter(
      (f) => f.folderId === this._id && f.name === name && !f.trashed && this._store.visible(f),
    );
    return new FakeFileIterator(records.map((r) => new FakeFile(this._store, r, this._unwrap)));
  }
  getFiles(): FakeFileIterator {
    const records = this._store.files.filter(
      (f) => f.folderId === this._id && !f.trashed && this._store.visible(f),
    );
    return new FakeFileIterator(records.map((r) => new FakeFile(this._store, r, this._unwrap)));
  }
  getFoldersByName(name: string): FakeFolderIterator {
    const ids = this._store.folders
      .filter((f) => f.parentId === this._id && f.name === name && this._store.visible(f))
      .map((f) => f.id);
    return new FakeFolderIterator(ids.map((id) => new FakeFolder(this._store, id, this._unwrap)));
  }
}

/** Emulated, but not in the Emulates list (their parameters differ from @types': overloads there, the fakes' own classes or resource types here): makeCopy, moveTo, addViewer, addEditor, removeViewer, setSharing. */
export class FakeFile implements Emulates<
  GoogleAppsScript.Drive.File,
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getMimeType'
  | 'getLastUpdated'
  | 'getAs'
  | 'getBlob'
  | 'addViewers'
  | 'addEditors'
  | 'getViewers'
  | 'getEditors'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'setTrashed'
  | 'isTrashed'
> {
  static gasClass = 'File';
  constructor(
    readonly _store: DriveStore,
    readonly _record: FileRecord,
    readonly _unwrap: Unwrap,
  ) {}
  /** A change to the file needs edit access to it. */
  _checkWrite(): void {
    if (!this._store.canWrite(this._record)) throw new Error(DRIVEAPP_DENIED);
  }
  getId(): string {
    return this._record.id;
  }
  getName(): string {
    return this._record.name;
  }
  setName(name: string): this {
    this._checkWrite();
    this._record.name = String(name);
    const doc = this._record.mimeType === GOOGLE_DOC ? this._store.openDocument(this._record.id) : undefined;
    if (doc) doc._name = this._record.name;
    this._store.touch(this._record.id);
    return this;
  }
  getUrl(): string {
    return this._record.mimeType === GOOGLE_DOC
      ? `https://docs.google.com/document/d/${this._record.id}/edit`
      : `https://drive.google.com/file/d/${this._record.id}/view`;
  }
  getMimeType(): string {
    return this._record.mimeType;
  }
  getLastUpdated(): Date {
    return new Date(this._record.updated);
  }
  makeCopy(name?: string, destination?: FakeFolder): FakeFile {
    const target = destination ? this._unwrap(destination) : undefined;
    target?._checkWrite();
    const folderId = target ? target._id : this._record.folderId;
    const copyName = name ?? `Copy of ${this._record.name}`;
    const record =
      this._record.mimeType === GOOGLE_DOC
        ? this._store.copyDocument(this._record.id, copyName, folderId)
        : this._store.addFile({
            ...this._record,
            name: copyName,
            folderId,
            viewers: [],
            editors: [],
            sharing: ['PRIVATE', 'NONE'],
            byHand: undefined,
          });
    return new FakeFile(this._store, record, this._unwrap);
  }
  moveTo(destination: FakeFolder): this {
    this._checkWrite();
    this._record.folderId = this._unwrap(destination)._id;
    this._store.touch(this._record.id);
    return this;
  }
  getAs(contentType: string): FakeBlob {
    if (contentType !== PDF || this._record.mimeType !== GOOGLE_DOC) {
      throw new Error(`not emulated: File.getAs('${contentType}') for ${this._record.mimeType}`);
    }
    if (!sofficeCommand()) throw new Error('PDF needs LibreOffice: install it (soffice on the PATH).');
    return new PendingPdfBlob(this._record.id, `${this._record.name}.pdf`);
  }
  getBlob(): FakeBlob {
    return this.getAs(PDF);
  }
  addViewer(email: string): this {
    return this._share('viewers', [email]);
  }
  addViewers(emails: string[]): this {
    return this._share('viewers', emails);
  }
  addEditor(email: string): this {
    return this._share('editors', [email]);
  }
  addEditors(emails: string[]): this {
    return this._share('editors', emails);
  }
  removeViewer(email: string): this {
    this._checkWrite();
    this._record.viewers = this._record.viewers.filter((e) => e !== String(email));
    this._store.persist();
    return this;
  }
  getViewers(): FakeUser[] {
    return this._record.viewers.map((email) => new FakeUser(email));
  }
  getEditors(): FakeUser[] {
    return this._record.editors.map((email) => new FakeUser(email));
  }
  setSharing(access: string, permission: string): this {
    this._checkWrite();
    this._record.sharing = [String(access), String(permission)];
    this._store.persist();
    return this;
  }
  getSharingAccess(): string {
    return this._record.sharing[0];
  }
  getSharingPermission(): string {
    return this._record.sharing[1];
  }
  setTrashed(trashed: boolean): this {
    this._checkWrite();
    this._record.trashed = !!trashed;
    this._store.persist();
    return this;
  }
  isTrashed(): boolean {
    return this._record.trashed;
  }
  _share(kind: 'viewers' | 'editors', emails: string[]): this {
    this._checkWrite();
    for (const raw of emails) {
      const email = String(raw).trim();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Invalid argument: ${raw}`);
      if (!this._record[kind].includes(email)) this._record[kind].push(email);
    }
    this._store.persist();
    return this;
  }
}

export class FakeFileIterator implements Emulates<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next'> {
  static gasClass = 'FileIterator';
  private position = 0;
  constructor(private readonly _items: FakeFile[]) {}
  hasNext(): boolean {
    return this.position < this._items.length;
  }
  next(): FakeFile {
    if (!this.hasNext()) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return this._items[this.position++];
  }
}

export class FakeFolderIterator implements Emulates<
  GoogleAppsScript.Drive.FolderIterator,
  'hasNext' | 'next'
> {
  static gasClass = 'FolderIterator';
  private position = 0;
  constructor(private readonly _items: FakeFolder[]) {}
  hasNext(): boolean {
    return this.position < this._items.length;
  }
  next(): FakeFolder {
    if (!this.hasNext()) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return this._items[this.position++];
  }
}
