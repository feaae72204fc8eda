/**
 * Apps Script glue over the advanced Drive service (v3), so that the add-on needs only the
 * `drive.file` scope: it sees and changes only the files and folders it created itself.
 * Documents are opened and filled with DocumentApp (`documents` scope).
 */
import { localized, LocalizedError } from '../i18n/messages';

export const GOOGLE_DOCS = 'application/vnd.google-apps.document';
export const FOLDER = 'application/vnd.google-apps.folder';
export const PDF = 'application/pdf';

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
}

const ITEM_FIELDS = 'id,name,mimeType,trashed';

/** The advanced Drive service, or a clear error when appsscript.json does not enable it. */
export function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive)
    throw new Error('the Drive advanced service is not enabled (appsscript.json › enabledAdvancedServices)');
  return Drive;
}

function item(resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File): DriveItem {
  return {
    id: String(resource.id),
    name: String(resource.name ?? ''),
    mimeType: String(resource.mimeType ?? ''),
    trashed: resource.trashed === true,
  };
}

/** A file or folder the add-on may see (one it created), or undefined. */
export function driveItem(id: string | undefined): DriveItem | undefined {
  if (!id) return undefined;
  try {
    return item(drive().Files.get(id, { fields: ITEM_FIELDS }));
  } catch {
    return undefined;
  }
}

/** A Drive query string literal: `'it\'s'`. */
function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Items of this name and type (not trashed), in a folder or anywhere the add-on may see. */
export function itemsNamed(name: string, mimeType: string, folderId?: string): DriveItem[] {
  const clauses = [`name = ${quoted(name)}`, `mimeType = ${quoted(mimeType)}`, 'trashed = false'];
  if (folderId) clauses.push(`${quoted(folderId)} in parents`);
  const list = drive().Files.list({
    q: clauses.join(' and '),
    fields: `files(${ITEM_FIELDS})`,
    pageSize: 100,
  });
  return (list.files ?? []).map(item);
}

export function createFolder(name: string): DriveItem {
  return item(drive().Files.create({ name, mimeType: FOLDER }));
}

/** An empty Google Doc made directly in a folder (then filled with DocumentApp). */
export function createDocumentIn(name: string, folderId: string): DriveItem {
  return item(drive().Files.create({ name, mimeType: GOOGLE_DOCS, parents: [folderId] }));
}

/** A Word file (blob) imported as a Google Doc in a folder: Drive converts it. */
export function importWordFile(name: string, folderId: string, blob: GoogleAppsScript.Base.Blob): DriveItem {
  return item(
    drive().Files.create({ name, mimeType: GOOGLE_DOCS, parents: [folderId] }, blob, { fields: ITEM_FIELDS }),
  );
}

/** Saves a blob (e.g. a PDF) as a file in a folder; returns its ID. */
export function saveBlob(
  blob: GoogleAppsScript.Base.Blob,
  name: string,
  mimeType: string,
  folderId: string,
): string {
  return String(drive().Files.create({ name, mimeType, parents: [folderId] }, blob, { fields: 'id' }).id);
}

/** A copy of a Google Doc the add-on made (e.g. its default template) in a folder, or undefined when it may not see it. */
export function copyOwnDocument(id: string, name: string, folderId: string): DriveItem | undefined {
  try {
    return item(drive().Files.copy({ name, parents: [folderId] }, id));
  } catch {
    return undefined;
  }
}

export function trash(id: string): void {
  drive().Files.update({ trashed: true }, id);
}

/**
 * Gives a user view access to a report. First through Drive without Google's own e-mail (the
 * tool sends its own); Drive refuses that for an address without a Google account ("notify"
 * must be on to invite it, https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create),
 * so it is tried again with Drive's invitation. Under drive.file Drive does not know a colleague's
 * report ("File not found") even when it is shared with this user: then DocumentApp shares it
 * (Document.addViewer, documents scope), which works when this user may edit it, and otherwise
 * says whom to ask. Returns whether Drive notified the user.
 */
export function addViewer(fileId: string, email: string): 'silent' | 'notified' {
  const resource = { role: 'reader', type: 'user', emailAddress: email };
  try {
    drive().Permissions.create(resource, fileId, { sendNotificationEmail: false });
    return 'silent';
  } catch (error) {
    if (!isNotFound(error)) {
      drive().Permissions.create(resource, fileId, { sendNotificationEmail: true });
      return 'notified';
    }
  }
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(fileId);
  } catch {
    throw new LocalizedError(localized('share.colleagueReport'));
  }
  try {
    doc.addViewer(email);
  } catch {
    throw new LocalizedError(localized('share.viewOnly'));
  }
  return 'silent';
}

/** Drive's 404 for a file the add-on may not see for this user (drive.file). */
function isNotFound(error: unknown): boolean {
  return /File not found/i.test(error instanceof Error ? error.message : String(error));
}
