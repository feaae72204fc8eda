/** Emulated DocumentApp (offline runtime). */
export { DocumentApp, Document, MemoryDocumentStore, type DocumentStore } from './document';
export { Body, HeaderSection, FooterSection, TableCell, Container } from './container';
export { Paragraph, ListItem, PageBreak, HorizontalRule } from './paragraph';
export { Table, TableRow } from './table';
export { Text, RangeElement } from './text';
export * as DocumentEnums from './enums';
