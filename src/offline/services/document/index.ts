/** Emulated DocumentApp (offline runtime). */
export { FakeDocumentApp, FakeDocument, MemoryDocumentStore, type DocumentStore } from './document';
export { FakeBody, FakeHeaderSection, FakeFooterSection, FakeTableCell, FakeContainer } from './container';
export {
  FakeParagraph,
  FakeListItem,
  FakePageBreak,
  FakeHorizontalRule,
  FakeUnsupportedElement,
} from './paragraph';
export { FakeTable, FakeTableRow } from './table';
export { FakeText, FakeRangeElement } from './text';
export { FakeInlineImage } from './inline-image';
export * as DocumentEnums from './enums';
