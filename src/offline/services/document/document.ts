/** Document and DocumentApp of the emulated DocumentApp. */
import { Body, FooterSection, HeaderSection } from './container';
import * as Enums from './enums';
import { Paragraph } from './paragraph';
import type { FakeBlob } from '../utilities';

let documentCounter = 0;

export class Document {
  static gasClass = 'Document';
  static gasProperties: readonly string[] = ['_raw'];
  _body = new Body();
  _header: HeaderSection | null = null;
  _footer: FooterSection | null = null;
  /** Called by saveAndClose (the Drive store writes the model and the .docx). */
  _onSave: ((doc: Document) => void) | null = null;
  /** Makes the PDF blob of getAs (the Drive store; none in memory). */
  _onPdf: ((doc: Document) => FakeBlob) | null = null;

  constructor(
    public _id: string,
    public _name: string,
  ) {
    this._body._insertChild(0, new Paragraph());
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
  getBody(): Body {
    return this._body;
  }
  getHeader(): HeaderSection | null {
    return this._header;
  }
  addHeader(): HeaderSection {
    if (this._header) throw new Error('Document tab already contains a header.');
    this._header = new HeaderSection();
    this._header.clear();
    return this._header;
  }
  getFooter(): FooterSection | null {
    return this._footer;
  }
  addFooter(): FooterSection {
    if (this._footer) throw new Error('Document tab already contains a footer.');
    this._footer = new FooterSection();
    this._footer.clear();
    return this._footer;
  }
  saveAndClose(): void {
    this._onSave?.(this);
  }
  /** The document as a PDF (only 'application/pdf'): written when saved as a Drive file. */
  getAs(contentType: string): FakeBlob {
    if (String(contentType) !== 'application/pdf' || !this._onPdf)
      throw new Error(`not emulated: Document.getAs('${contentType}')${this._onPdf ? '' : ' without Drive'}`);
    return this._onPdf(this);
  }
}

/** Where DocumentApp keeps documents (the emulated Drive implements it). */
export interface DocumentStore {
  createDocument(name: string): Document;
  openDocument(id: string): Document | undefined;
}

/** An in-memory store, for tests that need no Drive. */
export class MemoryDocumentStore implements DocumentStore {
  readonly documents = new Map<string, Document>();
  createDocument(name: string): Document {
    documentCounter += 1;
    const doc = new Document(`doc-${documentCounter}`, name);
    this.documents.set(doc._id, doc);
    return doc;
  }
  openDocument(id: string): Document | undefined {
    return this.documents.get(id);
  }
}

export class DocumentApp {
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

  create(name: string): Document {
    return this._store.createDocument(String(name));
  }
  openById(id: string): Document {
    const doc = this._store.openDocument(String(id));
    if (!doc)
      throw new Error(
        `No item with the given ID could be found (${id}), or you do not have permission to access it.`,
      );
    return doc;
  }
  openByUrl(url: string): Document {
    const match = /\/d\/([^/]+)/.exec(String(url));
    return this.openById(match ? match[1] : String(url));
  }
}
