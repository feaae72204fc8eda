/**
 * Apps Script glue: fills a saved Google Doc through the advanced Docs service in two calls,
 * whatever the attendees or items: one `Documents.get`, one `Documents.batchUpdate` planned by
 * template/columns.ts (the tables' numbered columns fitted to the groups or periods) and
 * template/requests.ts (the fill), both pure. Returns undefined when the service is not enabled
 * or the template needs what the API cannot do (columns.ts and requests.ts say what), or when
 * the batch fails (it is atomic: nothing was applied): the caller then fits and fills it with
 * DocumentApp.
 */
import { fitColumns, type ColumnFit } from './template/columns';
import { planFill } from './template/requests';
import type { FillOptions, FillResult, TemplateData } from './template/types';

function docs(): GoogleAppsScript.Docs | undefined {
  return typeof Docs === 'undefined' || !Docs ? undefined : Docs;
}

export function fillThroughDocs(
  documentId: string,
  data: TemplateData,
  options: FillOptions = {},
  columns: readonly ColumnFit[] = [],
): FillResult | undefined {
  const service = docs();
  if (!service) return undefined;
  const fitted = fitColumns(service.Documents.get(documentId), columns);
  if (!fitted.supported) return undefined;
  const plan = planFill(fitted.doc, data, options);
  if (!plan.supported) return undefined;
  const requests = [...fitted.requests, ...plan.requests];
  try {
    if (requests.length > 0) service.Documents.batchUpdate({ requests }, documentId);
  } catch (error) {
    // A batch is atomic (nothing applied when it fails): the DocumentApp fill still makes the document.
    console.warn(`CBO Tracker: the Docs API fill failed, filling with DocumentApp: ${String(error)}`);
    return undefined;
  }
  return { problems: plan.problems, replaced: plan.replaced };
}
