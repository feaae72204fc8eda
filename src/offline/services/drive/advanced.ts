/**
 * The advanced Drive service (v3) as Apps Script exposes it: `Drive.Files.create/copy/get/list/update`
 * and `Drive.Permissions.create/list`, over the same DriveStore as DriveApp and DocumentApp.
 * Like the drive.file scope, it sees only what the add-on made for the user running it
 * (DriveStore.visible): a file made by hand in Drive, or by the add-on for another user, is
 * "File not found", even when it is shared with this user; changing or sharing an item needs
 * edit access to it ("The user does not have sufficient permissions for file ..."). Resources carry only the fields asked for (`fields`),
 * or Drive's defaults (id, name, mimeType, kind), so that code reading `trashed` or `parents`
 * without asking for them fails here as it would online.
 */
import type { Emulates } from '../emulation';
import fs from 'node:fs';
import type { FakeBlob } from '../utilities';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import { driveFileNotFound, driveNoPermission } from '../limits';
import {
  type DriveStore,
  type FileRecord,
  type FolderRecord,
  DOCX,
  FOLDER,
  GOOGLE_DOC,
  PendingPdfBlob,
  ROOT_ID,
} from './store';

type Unwrap = <T>(value: T) => T;
/** The store, or how to find it when it follows another service's (DocumentApp's). */
export type StoreSource = DriveStore | (() => DriveStore);
const storeOf = (source: StoreSource): (() => DriveStore) =>
  typeof source === 'function' ? source : () => source;
type Resource = Record<string, unknown>;
type Args = Record<string, unknown> | undefined;

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];
const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

function apiError(method: string, message: string): Error {
  return new Error(`API call to drive.${method} failed with error: ${message}`);
}
const notFound = (method: string, id: string) => apiError(method, driveFileNotFound(id));
const noPermission = (method: string, id: string) => apiError(method, driveNoPermission(id));

/** Top-level field names of a `fields` string ('id,name,parents'); undefined for '*'. */
function fieldNames(fields: unknown): string[] | undefined {
  if (fields === undefined || fields === null || fields === '') return DEFAULT_FIELDS;
  const text = String(fields).trim();
  if (text === '*') return undefined;
  return text.split(',').map((f) => f.trim().replace(/\(.*\)$/, ''));
}

/** `files(id,name),nextPageToken` → the fields of each file. */
function listFields(fields: unknown): string[] | undefined {
  if (fields === undefined || fields === null || fields === '') return DEFAULT_FIELDS;
  const match = /files\(([^)]*)\)/.exec(String(fields));
  if (match) return fieldNames(match[1]);
  if (/(^|,)\s*files\s*(,|$)/.test(String(fields)) || String(fields).trim() === '*') return undefined;
  throw apiError('files.list', `Invalid field selection ${String(fields)} (emulated: files(...) or *)`);
}

function pick(resource: Resource, names: string[] | undefined): Resource {
  if (!names) return resource;
  const out: Resource = {};
  for (const name of names) if (name in resource) out[name] = resource[name];
  return out;
}

/** One clause of a `q` query: name, mimeType, trashed, or parents. */
interface Clause {
  test(item: Resource): boolean;
}

function unquote(text: string): string {
  return text.slice(1, -1).replace(/\\(.)/g, '$1');
}

const QUOTED = String.raw`'(?:[^'\\]|\\.)*'`;
const CLAUSES: [RegExp, (m: RegExpExecArray) => Clause][] = [
  [
    new RegExp(`^(name|mimeType)\\s*(=|!=)\\s*(${QUOTED})$`),
    (m) => ({ test: (item) => (item[m[1]] === unquote(m[3])) === (m[2] === '=') }),
  ],
  [/^trashed\s*=\s*(true|false)$/, (m) => ({ test: (item) => item.trashed === (m[1] === 'true') })],
  [
    new RegExp(`^(${QUOTED})\\s+in\\s+parents$`),
    (m) => ({ test: (item) => (item.parents as string[]).includes(unquote(m[1])) }),
  ],
];

/** Splits a query at `and` outside quoted strings. */
function splitAnd(q: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i];
    const match = quoted ? null : /^\s+and\s+/i.exec(q.slice(i));
    if (quoted && ch === '\\') i++;
    else if (ch === "'") quoted = !quoted;
    else if (match) {
      parts.push(q.slice(start, i));
      i += match[0].length - 1;
      start = i + 1;
    }
  }
  parts.push(q.slice(start));
  return parts;
}

/** A `q` of clauses joined by `and` (the subset the add-on uses); anything else is not emulated. */
function parseQuery(q: unknown): Clause[] {
  if (q === undefined || q === null || String(q).trim() === '') return [];
  return splitAnd(String(q)).map((part) => {
    const text = part.trim();
    for (const [pattern, make] of CLAUSES) {
      const m = pattern.exec(text);
      if (m) return make(m);
    }
    throw new Error(`not emulated: Drive.Files.list query clause ${text}`);
  });
}

/** Emulated, but not in the Emulates list (their parameters differ from @types': overloads there, the fakes' own classes or resource types here): create, copy, update. */
export class FakeDriveFiles implements Emulates<
  GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection,
  'get' | 'list'
> {
  static gasClass = 'Drive.Files';
  readonly _stores: () => DriveStore;
  constructor(
    store: StoreSource,
    readonly _unwrap: Unwrap,
    /** The runtime's spreadsheets (SpreadsheetApp's), the active one first: Drive files too. */
    readonly _allSpreadsheets: () => FakeSpreadsheet[] = () => [],
  ) {
    this._stores = storeOf(store);
  }

  /**
   * The spreadsheets Drive shows the add-on: with the full `drive` scope every one the running user
   * may open; with `drive.file` only those the app made for this user, taken (as
   * Drive.Permissions.create does) to be the ones this user owns, never the workbook the add-on
   * runs in (the user opened it in Sheets, not through the app). The stricter reading: Google does
   * not say whether opening a file with SpreadsheetApp makes it visible to Drive.
   * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
   */
  _spreadsheets(): FakeSpreadsheet[] {
    const all = this._allSpreadsheets();
    const user = (this._store.user ?? '').toLowerCase();
    const full = !!this._store.options.fullDrive?.();
    return all.filter(
      (s, i) => s._canOpen() && (full || (i > 0 && s._state.ownerEmail.toLowerCase() === user)),
    );
  }
  _spreadsheetResource(spreadsheet: FakeSpreadsheet): Resource {
    const state = spreadsheet._state;
    return {
      kind: 'drive#file',
      id: state.id,
      name: state.name,
      mimeType: SPREADSHEET,
      trashed: false,
      parents: [ROOT_ID],
      modifiedTime: state.modifiedTime ?? new Date().toISOString(),
      webViewLink: `https://docs.google.com/spreadsheets/d/${state.id}/edit`,
    };
  }
  get _store(): DriveStore {
    return this._stores();
  }

  /** The full resource of a file or folder the add-on may see, or undefined. */
  _resource(id: string): Resource | undefined {
    if (id === ROOT_ID) return this._folderResource(this._store.folder(ROOT_ID) as FolderRecord);
    const file = this._store.file(id);
    if (file) return this._store.visible(file) ? this._fileResource(file) : undefined;
    const folder = this._store.folder(id);
    if (folder) return this._store.visible(folder) ? this._folderResource(folder) : undefined;
    const spreadsheet = this._spreadsheets().find((sheet) => sheet._state.id === id);
    return spreadsheet && this._spreadsheetResource(spreadsheet);
  }
  /** The file or folder record behind a visible ID, for a change: refused without edit access. */
  _writable(id: string, method: string): void {
    const item = this._store.file(id) ?? this._store.folder(id);
    if (id !== ROOT_ID && item && !this._store.canWrite(item)) throw noPermission(method, id);
  }
  _fileResource(file: FileRecord): Resource {
    return {
      kind: 'drive#file',
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      trashed: file.trashed,
      parents: [file.folderId],
      modifiedTime: file.updated,
      webViewLink:
        file.mimeType === GOOGLE_DOC
          ? `https://docs.google.com/document/d/${file.id}/edit`
          : `https://drive.google.com/file/d/${file.id}/view`,
    };
  }
  _folderResource(folder: FolderRecord): Resource {
    return {
      kind: 'drive#file',
      id: folder.id,
      name: folder.name,
      mimeType: FOLDER,
      trashed: !!folder.trashed,
      parents: folder.parentId ? [folder.parentId] : [],
      webViewLink: `https://drive.google.com/drive/folders/${folder.id}`,
    };
  }
  _parentOf(resource: Resource, method: string): string {
    const parents = resource.parents;
    if (parents === undefined || parents === null) return ROOT_ID;
    if (!Array.isArray(parents) || parents.length !== 1)
      throw new Error(`not emulated: Drive.Files.${method} with parents ${JSON.stringify(parents)}`);
    const id = String(parents[0]);
    const folder = this._resource(id);
    if (!folder || folder.mimeType !== FOLDER) throw notFound(`files.${method}`, id);
    this._writable(id, `files.${method}`);
    return id;
  }

  get(fileId: string, optionalArgs?: Args): Resource {
    const resource = this._resource(String(fileId));
    if (!resource) throw notFound('files.get', String(fileId));
    return pick(resource, fieldNames(optionalArgs?.fields));
  }

  list(optionalArgs?: Args): Resource {
    const clauses = parseQuery(optionalArgs?.q);
    const fields = listFields(optionalArgs?.fields);
    const all = [
      ...this._store.folders
        .filter((f) => f.parentId !== null && this._store.visible(f))
        .map((f) => this._folderResource(f)),
      ...this._store.files.filter((f) => this._store.visible(f)).map((f) => this._fileResource(f)),
      ...this._spreadsheets().map((sheet) => this._spreadsheetResource(sheet)),
    ];
    const found = all.filter((item) => clauses.every((c) => c.test(item)));
    // A page at a time: pageSize 1 to 1,000, 100 by default; the next page's token only when the
    // fields ask for it (a `fields` without nextPageToken gets none, as from Drive).
    // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list
    const size = optionalArgs?.pageSize === undefined ? 100 : Number(optionalArgs.pageSize);
    if (!Number.isInteger(size) || size < 1 || size > 1000)
      throw apiError('files.list', `Invalid Value: pageSize ${String(optionalArgs?.pageSize)} (1 to 1000)`);
    const start = optionalArgs?.pageToken === undefined ? 0 : Number(optionalArgs.pageToken);
    if (!Number.isInteger(start) || start < 0)
      throw apiError('files.list', `Invalid Value: pageToken ${String(optionalArgs?.pageToken)}`);
    const files = found.slice(start, start + size).map((item) => pick(item, fields));
    const more = start + size < found.length;
    const asked = optionalArgs?.fields;
    const tokenAsked =
      asked === undefined ||
      asked === '' ||
      String(asked).trim() === '*' ||
      /nextPageToken/.test(String(asked));
    return {
      kind: 'drive#fileList',
      incompleteSearch: false,
      files,
      ...(more && tokenAsked ? { nextPageToken: String(start + size) } : {}),
    };
  }

  create(resource: Resource, mediaData?: FakeBlob | null, optionalArgs?: Args): Resource {
    const name = resource?.name === undefined ? 'Untitled' : String(resource.name);
    const folderId = this._parentOf(resource ?? {}, 'create');
    const media = mediaData ? this._unwrap(mediaData) : undefined;
    let id: string;
    if (resource?.mimeType === FOLDER) {
      if (media) throw new Error('not emulated: Drive.Files.create of a folder with media');
      id = this._store.addFolder(name, folderId).id;
    } else if (resource?.mimeType === GOOGLE_DOC && !media) {
      const record = this._store.file(this._store.createDocument(name)._id) as FileRecord;
      record.folderId = folderId;
      this._store.touch(record.id);
      id = record.id;
    } else if (resource?.mimeType === GOOGLE_DOC && media) {
      id = this._import(name, folderId, media);
    } else if (media) {
      const pdfOf = media instanceof PendingPdfBlob ? media._pdfOf : undefined;
      const record = this._store.addFile({
        name,
        mimeType: String(resource?.mimeType ?? media.getContentType() ?? 'application/octet-stream'),
        folderId,
        pdfOf,
      });
      if (!pdfOf) {
        fs.mkdirSync(this._store.folderPath(folderId), { recursive: true });
        fs.writeFileSync(this._store.pathOf(record), media._data);
      }
      id = record.id;
    } else {
      throw new Error(`not emulated: Drive.Files.create of ${String(resource?.mimeType)} without media`);
    }
    return pick(this._resource(id) as Resource, fieldNames(optionalArgs?.fields));
  }

  /**
   * A Word file uploaded as a Google Doc is converted (import-docx.ts). Drive converts text
   * documents of up to 50 MB (https://support.google.com/drive/answer/37603); only .docx media
   * is emulated, and only when its MIME type says so (Drive reads the type to pick the importer).
   */
  _import(name: string, folderId: string, media: FakeBlob): string {
    const type = media.getContentType();
    if (type !== DOCX)
      throw new Error(
        `not emulated: Drive.Files.create converting ${String(type)} to a Google Doc (only ${DOCX} is emulated)`,
      );
    if (media._data.length > 50 * 1024 * 1024)
      throw apiError('files.create', 'The file is too large to be converted (over 50 MB).');
    try {
      return this._store.importDocument(name, folderId, media._data).id;
    } catch (error) {
      throw apiError(
        'files.create',
        `Bad Request: the file could not be converted (${(error as Error).message}).`,
      );
    }
  }

  copy(resource: Resource, fileId: string, optionalArgs?: Args): Resource {
    const id = String(fileId);
    const source = this._resource(id);
    if (!source) throw notFound('files.copy', id);
    if (source.mimeType !== GOOGLE_DOC)
      throw new Error(`not emulated: Drive.Files.copy of ${String(source.mimeType)}`);
    const name = resource?.name === undefined ? `Copy of ${String(source.name)}` : String(resource.name);
    const folderId =
      resource?.parents === undefined ? (source.parents as string[])[0] : this._parentOf(resource, 'copy');
    const record = this._store.copyDocument(id, name, folderId);
    return pick(this._resource(record.id) as Resource, fieldNames(optionalArgs?.fields));
  }

  update(resource: Resource, fileId: string, mediaData?: FakeBlob | null, optionalArgs?: Args): Resource {
    const id = String(fileId);
    const found = this._resource(id);
    if (!found || id === ROOT_ID) throw notFound('files.update', id);
    if (found.mimeType === SPREADSHEET) throw new Error('not emulated: Drive.Files.update of a spreadsheet');
    this._writable(id, 'files.update');
    if (mediaData) throw new Error('not emulated: Drive.Files.update with media');
    const file = this._store.file(id);
    const folder = this._store.folder(id);
    const known = new Set(['name', 'trashed']);
    for (const key of Object.keys(resource ?? {}))
      if (!known.has(key)) throw new Error(`not emulated: Drive.Files.update of ${key}`);
    if (resource?.name !== undefined) {
      if (file) {
        file.name = String(resource.name);
        const doc = file.mimeType === GOOGLE_DOC ? this._store.openDocument(id) : undefined;
        if (doc) doc._name = file.name;
      } else if (folder) folder.name = String(resource.name);
    }
    if (resource?.trashed !== undefined) {
      if (file) file.trashed = !!resource.trashed;
      else if (folder) folder.trashed = !!resource.trashed;
    }
    const add = optionalArgs?.addParents;
    const remove = optionalArgs?.removeParents;
    if (add !== undefined || remove !== undefined) {
      const current = file ? file.folderId : (folder?.parentId ?? ROOT_ID);
      const removed = remove === undefined ? [] : String(remove).split(',');
      if (!removed.includes(current))
        throw new Error('not emulated: a file in two folders (removeParents must name the current parent)');
      const target = add === undefined ? ROOT_ID : this._parentOf({ parents: [String(add)] }, 'update');
      if (file) file.folderId = target;
      else if (folder) folder.parentId = target;
    }
    if (file) this._store.touch(id);
    else this._store.persist();
    return pick(this._resource(id) as Resource, fieldNames(optionalArgs?.fields));
  }
}

const ROLES: Record<string, 'viewers' | 'editors'> = {
  reader: 'viewers',
  commenter: 'viewers',
  writer: 'editors',
};

/**
 * The spreadsheets of the runtime as Drive files (SpreadsheetApp's, e.g. partner copies): the one
 * with this ID the running user may open, else undefined.
 */
export type SpreadsheetFiles = (id: string) => FakeSpreadsheet | undefined;

/** Emulated, but not in the Emulates list (their parameters differ from @types': overloads there, the fakes' own classes or resource types here): create. */
export class FakeDrivePermissions implements Emulates<
  GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection,
  'list'
> {
  static gasClass = 'Drive.Permissions';
  constructor(
    readonly _files: FakeDriveFiles,
    private readonly _spreadsheets: SpreadsheetFiles = () => undefined,
  ) {}

  /**
   * Shares a spreadsheet of SpreadsheetApp's with a user as a writer. Under drive.file the add-on
   * sees only the spreadsheets it made for the running user (those the user owns here: a copy is
   * made by the user who runs the add-on); another's is "File not found", even when shared with
   * this user (the stricter reading: Google does not say whether opening a shared file with the
   * add-on makes it visible to Drive). https://developers.google.com/drive/api/guides/api-specific-auth
   */
  _shareSpreadsheet(id: string, resource: Resource): Resource | undefined {
    const spreadsheet = this._spreadsheets(id);
    if (!spreadsheet) return undefined;
    const user = spreadsheet._host.userEmail.toLowerCase();
    if (spreadsheet._state.ownerEmail.toLowerCase() !== user) throw notFound('permissions.create', id);
    const role = String(resource?.role ?? '');
    if (role !== 'writer' || resource?.type !== 'user')
      throw new Error(
        `not emulated: Drive.Permissions.create of ${String(resource?.type)} ${role} on a spreadsheet`,
      );
    const email = String(resource.emailAddress ?? '').trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      throw apiError('permissions.create', `Invalid sharing request (emailAddress: ${email}).`);
    spreadsheet.addEditors([email]);
    return { kind: 'drive#permission', id: `p-${email}`, type: 'user', role, emailAddress: email };
  }
  get _store(): DriveStore {
    return this._files._store;
  }

  create(resource: Resource, fileId: string, _optionalArgs?: Args): Resource {
    const id = String(fileId);
    // A folder is shared like a file; what is in it inherits the access.
    const file = this._store.file(id) ?? this._store.folder(id);
    if (!file) {
      const shared = id === ROOT_ID ? undefined : this._shareSpreadsheet(id, resource);
      if (shared) return shared;
    }
    if (!file || id === ROOT_ID || !this._files._resource(id)) throw notFound('permissions.create', id);
    // Writers may share (Drive's default, writersCanShare); readers may not.
    this._files._writable(id, 'permissions.create');
    const role = String(resource?.role ?? '');
    const list = ROLES[role];
    if (!list || resource?.type !== 'user')
      throw new Error(`not emulated: Drive.Permissions.create of ${String(resource?.type)} ${role}`);
    const email = String(resource.emailAddress ?? '').trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      throw apiError('permissions.create', `Invalid sharing request (emailAddress: ${email}).`);
    const emails = (file[list] ??= []);
    if (!emails.includes(email)) emails.push(email);
    this._store.persist();
    const permission: Resource = {
      kind: 'drive#permission',
      id: `p-${email}`,
      type: 'user',
      role,
      emailAddress: email,
    };
    return permission;
  }

  list(fileId: string): Resource {
    const id = String(fileId);
    const file = this._store.file(id) ?? this._store.folder(id);
    if (!file || !this._files._resource(id)) throw notFound('permissions.list', id);
    const permissions = [
      ...(file.editors ?? []).map((email) => ({ role: 'writer', email })),
      ...(file.viewers ?? []).map((email) => ({ role: 'reader', email })),
    ].map(({ role, email }) => ({ kind: 'drive#permission', id: `p-${email}`, type: 'user', role }));
    return { kind: 'drive#permissionList', permissions };
  }
}

/** The `Drive` global: its collections are counted as Drive.Files.* and Drive.Permissions.*. */
export class FakeAdvancedDrive implements Emulates<GoogleAppsScript.Drive, 'Files' | 'Permissions'> {
  static gasClass = 'Drive';
  static gasProperties: readonly string[] = ['Files', 'Permissions'];
  readonly Files: FakeDriveFiles;
  readonly Permissions: FakeDrivePermissions;
  private readonly files: FakeDriveFiles;
  constructor(
    store: StoreSource,
    unwrap: Unwrap = (v) => v,
    wrap: <T extends object>(value: T) => T = (v) => v,
    spreadsheets?: SpreadsheetFiles,
    allSpreadsheets?: () => FakeSpreadsheet[],
  ) {
    this.files = new FakeDriveFiles(store, unwrap, allSpreadsheets);
    this.Files = wrap(this.files);
    this.Permissions = wrap(new FakeDrivePermissions(this.files, spreadsheets));
  }
  /** For the runtime's flush(): the store written to disk. */
  get _store(): DriveStore {
    return this.files._store;
  }
}
