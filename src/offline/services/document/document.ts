/** Document and DocumentApp of the emulated DocumentApp. */
import type { Emulates } from '../emulation';
import { FakeBody, FakeFooterSection, FakeHeaderSection } from './container';
import * as Enums from './enums';
import { FakeParagraph } from './paragraph';
import type { FakeBlob } from '../utilities';
import { documentMissing } from '../limits';

let documentCounter = 0;

export class FakeDocument implements Emulates<
  GoogleAppsScript.Document.Document,
  | 'addEditor'
  | 'addFooter'
  | 'addHeader'
  | 'addViewer'
  | 'getAs'
  | 'getBody'
  | 'getFooter'
  | 'getHeader'
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'saveAndClose'
  | 'setName'
> {
  static gasClass = 'Document';
  static gasProperties: readonly string[] = ['_raw'];
  _body = new FakeBody();
  _header: FakeHeaderSection | null = null;
  _footer: FakeFooterSection | null = null;
  /** Called by saveAndClose (the Drive store writes the model and the .docx). */
  _onSave: ((doc: FakeDocument) => void) | null = null;
  /** Makes the PDF blob of getAs (the Drive store; none in memory). */
  _onPdf: ((doc: FakeDocument) => FakeBlob) | null = null;
  /** Shares the document (the Drive store records it, and refuses a user who may not edit it). */
  _onShare: ((doc: FakeDocument, role: 'viewers' | 'editors', email: string) => void) | null = null;

  constructor(
    public _id: string,
    public _name: string,
  ) {
    this._body._insertChild(0, new FakeParagraph());
  }
  get _raw(): this {
    return this;
  }
  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  setName(name: string): this {
    this._name = String(name);
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this._id}/edit`;
  }
  getBody(): FakeBody {
    return this._body;
  }
  getHeader(): FakeHeaderSection | null {
    return this._header;
  }
  addHeader(): FakeHeaderSection {
    if (this._header) throw new Error('Document tab already contains a header.');
    this._header = new FakeHeaderSection();
    this._header.clear();
    return this._header;
  }
  getFooter(): FakeFooterSection | null {
    return this._footer;
  }
  addFooter(): FakeFooterSection {
    if (this._footer) throw new Error('Document tab already contains a footer.');
    this._footer = new FakeFooterSection();
    this._footer.clear();
    return this._footer;
  }
  /** Document.addViewer/addEditor (documents scope): needs edit access, as in Drive. */
  addViewer(user: string | GoogleAppsScript.Base.User): this {
    return this._share('viewers', typeof user === 'string' ? user : user.getEmail());
  }
  addEditor(user: string | GoogleAppsScript.Base.User): this {
    return this._share('editors', typeof user === 'string' ? user : user.getEmail());
  }
  _share(role: 'viewers' | 'editors', emailAddress: string): this {
    if (!this._onShare)
      throw new Error(`not emulated: Document.add${role === 'viewers' ? 'Viewer' : 'Editor'} without Drive`);
    const email = String(emailAddress).trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Invalid argument: ${emailAddress}`);
    this._onShare(this, role, email);
    return this;
  }
  saveAndClose(): void {
    this._onSave?.(this);
  }
  /** The document as a PDF (only 'application/pdf'): written when saved as a Drive file. */
  getAs(contentType: string): FakeBlob {
    if (String(contentType) !== 'application/pdf' || !this._onPdf)
      throw new Error(
        `not emulated: FakeDocument.getAs('${contentType}')${this._onPdf ? '' : ' without Drive'}`,
      );
    return this._onPdf(this);
  }
}

/** Where DocumentApp keeps documents (the emulated Drive implements it). */
export interface DocumentStore {
  createDocument(name: string): FakeDocument;
  openDocument(id: string): FakeDocument | undefined;
  /** Whether the running user may open the document (the emulated Drive knows; else: yes). */
  canOpenDocument?(id: string): boolean;
}

/** An in-memory store, for tests that need no Drive. */
export class MemoryDocumentStore implements DocumentStore {
  readonly documents = new Map<string, FakeDocument>();
  createDocument(name: string): FakeDocument {
    documentCounter += 1;
    const doc = new FakeDocument(`doc-${documentCounter}`, name);
    this.documents.set(doc._id, doc);
    return doc;
  }
  openDocument(id: string): FakeDocument | undefined {
    return this.documents.get(id);
  }
}

export class FakeDocumentApp implements Emulates<
  GoogleAppsScript.Document.DocumentApp,
  'create' | 'openById' | 'openByUrl'
> {
  static gasClass = 'DocumentApp';
  static gasProperties: readonly string[] = [
    'ElementType',
    'ParagraphHeading',
    'GlyphType',
    'HorizontalAlignment',
    'VerticalAlignment',
    'Attribute',
  ];
  readonly ElementType = Enums.ElementType;
  readonly ParagraphHeading = Enums.ParagraphHeading;
  readonly GlyphType = Enums.GlyphType;
  readonly HorizontalAlignment = Enums.HorizontalAlignment;
  readonly VerticalAlignment = Enums.VerticalAlignment;
  readonly Attribute = Enums.Attribute;

  constructor(readonly _store: DocumentStore = new MemoryDocumentStore()) {}

  create(name: string): FakeDocument {
    return this._store.createDocument(String(name));
  }
  /**
   * The `documents` scope opens any Doc the user can read (theirs, or shared with them, also
   * through a folder), whoever made it; not one they cannot. https://developers.google.com/apps-script/reference/document/document-app#openById(String)
   */
  openById(id: string): FakeDocument {
    const key = String(id);
    const doc = this._store.canOpenDocument?.(key) === false ? undefined : this._store.openDocument(key);
    if (!doc) throw new Error(documentMissing(key));
    return doc;
  }
  openByUrl(url: string): FakeDocument {
    const match = /\/d\/([^/]+)/.exec(String(url));
    return this.openById(match ? match[1] : String(url));
  }
}
