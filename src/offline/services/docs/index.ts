/** The advanced Docs service (v1) over the DocumentApp emulation's documents, and its factory. */
import type { FakeDocumentApp } from '../document/document';
import type { ServiceContext } from '../registry';
import { FakeAdvancedDocs, FakeDocsDocuments } from './documents';

export { FakeAdvancedDocs, FakeDocsDocuments } from './documents';
export { documentJson, HEADER_ID, FOOTER_ID } from './structure';

export const DOCS_CLASSES = [FakeAdvancedDocs, FakeDocsDocuments];

export const docsServices = {
  // Over the runtime's DocumentApp (which a benchmark or test may replace), so both see one store.
  Docs: (context: ServiceContext) =>
    new FakeAdvancedDocs(
      () => context.service('DocumentApp') as FakeDocumentApp,
      (v) => context.emulator.wrap(v),
    ),
};
