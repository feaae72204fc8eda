/**
 * Which DocumentApp calls change a document, and which document an element belongs to: a user who
 * may only view a document is refused the first change ("Access denied: DocumentApp", see limits.ts)
 * rather than having the changes dropped when the run ends.
 */
import { FakeDocument } from './document';
import { FakeElement } from './element';

/**
 * Methods that change a document or its elements: Document.setName/addHeader/addFooter, and the
 * elements' append…, insert…, remove…, replace…, set…, clear, merge, delete… (Body, Paragraph,
 * Table, Text, …: https://developers.google.com/apps-script/reference/document). Reads, casts
 * (as…), copy(), editAsText() and findText() change nothing.
 */
const CHANGES = /^(append|insert|remove|replace|set|clear|merge|delete|add)/;

export function changesDocument(method: string): boolean {
  return CHANGES.test(method);
}

/** The document a fake belongs to, among `documents` (undefined for a detached copy). */
export function documentOf(target: object, documents: Iterable<FakeDocument>): FakeDocument | undefined {
  if (target instanceof FakeDocument) return target;
  if (!(target instanceof FakeElement)) return undefined;
  let root: FakeElement = target;
  while (root._parent) root = root._parent;
  for (const doc of documents) {
    if (doc._body === root || doc._header === root || doc._footer === root) return doc;
  }
  return undefined;
}
