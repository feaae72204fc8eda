/**
 * The advanced Docs service (API v1) as Apps Script exposes it: `Docs.Documents.get` and
 * `Docs.Documents.batchUpdate`, over the very documents of the DocumentApp emulation (one model:
 * a document filled through the API reads back identically through DocumentApp and renders to
 * the same .docx). https://developers.google.com/apps-script/advanced/docs
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents
 *
 * The API works on the saved document: changes a script made with DocumentApp and has not saved
 * (Document.saveAndClose) are not seen by Documents.get, and a batchUpdate replaces the content
 * of an open DocumentApp handle (unsaved DocumentApp changes are lost: the stricter reading of
 * what Google leaves unsaid).
 */
import type { Emulates } from '../emulation';
import fs from 'node:fs';
import path from 'node:path';
import type { FakeDocument, FakeDocumentApp } from '../document/document';
import { documentFromModel, type DocumentModel } from '../document/serialize';
import { ApiError } from '../sheets/schema';
import { batchUpdate } from './batch-update';
import { documentJson } from './structure';

import D = GoogleAppsScript.Docs.Schema;

function apiError(method: string, error: unknown): Error {
  if (error instanceof ApiError)
    return new Error(`API call to docs.documents.${method} failed with error: ${error.message}`);
  return error as Error;
}

/** Emulated, but not in the Emulates list (its optionalArgs is typed looser in @types): get. */
export class FakeDocsDocuments implements Emulates<
  GoogleAppsScript.Docs.Collection.DocumentsCollection,
  'batchUpdate'
> {
  static gasClass = 'Docs.Documents';
  constructor(private readonly _app: () => FakeDocumentApp) {}

  /** The live document (as DocumentApp opens it), or the API's 404. */
  _open(documentId: unknown): FakeDocument {
    if (typeof documentId !== 'string' || !documentId)
      throw new ApiError('Invalid argument: documentId is required.');
    try {
      return this._app().openById(documentId);
    } catch {
      throw new ApiError(`Requested entity was not found.`);
    }
  }
  /** The document as last saved (the live one when the store keeps no files). */
  _saved(doc: FakeDocument): FakeDocument {
    const root = (this._app()._store as { root?: unknown }).root;
    if (typeof root !== 'string') return doc;
    const file = path.join(root, '.drive', `${doc._id}.json`);
    if (!fs.existsSync(file)) return doc;
    return documentFromModel(JSON.parse(fs.readFileSync(file, 'utf8')) as DocumentModel);
  }

  get(documentId: string, optionalArgs?: Record<string, unknown>): D.Document {
    try {
      for (const key of Object.keys(optionalArgs ?? {})) {
        if (key === 'suggestionsViewMode' || key === 'includeTabsContent') {
          if (key === 'includeTabsContent' && optionalArgs?.[key] === true)
            throw new Error('not emulated: Docs.Documents.get includeTabsContent');
          continue;
        }
        if (key === 'fields') throw new Error('not emulated: Docs.Documents.get fields');
        throw new ApiError(
          `Invalid JSON payload received. Unknown name "${key}": Cannot bind query parameter.`,
        );
      }
      return documentJson(this._saved(this._open(documentId)));
    } catch (error) {
      throw apiError('get', error);
    }
  }

  batchUpdate(resource: unknown, documentId: string): D.BatchUpdateDocumentResponse {
    try {
      const live = this._open(documentId);
      const saved = this._saved(live);
      const response = batchUpdate(saved, resource);
      live._body = saved._body;
      live._header = saved._header;
      live._footer = saved._footer;
      live._onSave?.(live);
      return response;
    } catch (error) {
      throw apiError('batchUpdate', error);
    }
  }
}

/** The `Docs` global (enabled in appsscript.json as userSymbol "Docs", v1). */
export class FakeAdvancedDocs implements Emulates<GoogleAppsScript.Docs, 'Documents'> {
  static gasClass = 'Docs';
  static gasProperties = ['Documents'] as const;
  readonly Documents: FakeDocsDocuments;
  constructor(app: () => FakeDocumentApp, wrap: <T extends object>(value: T) => T = (v) => v) {
    this.Documents = wrap(new FakeDocsDocuments(app));
  }
}
