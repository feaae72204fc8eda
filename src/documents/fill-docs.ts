/**
 * Apps Script glue: fills a saved Google Doc through the advanced Docs service in two calls,
 * whatever the attendees or items: one `Documents.get`, one `Documents.batchUpdate` planned by
 * template/requests.ts (pure). Returns undefined when the service is not enabled or the template
 * needs what the API cannot copy (template/requests.ts says what), or when the batch fails (it is
 * atomic: nothing was applied): the caller then fills it with DocumentApp.
 */
import { planFill } from './template/requests';
import type { FillOptions, FillResult, TemplateData } from './template/types';

function docs(): GoogleAppsScript.Docs | undefined {
  return typeof Docs === 'undefined' || !Docs ? undefined : Docs;
}

export function fillThroughDocs(
  documentId: string,
  data: TemplateData,
  options: FillOptions = {},
): FillResult | undefined {
  const service = docs();
  if (!service) return undefined;
  const plan = planFill(service.Documents.get(documentId), data, options);
  if (!plan.supported) return undefined;
  try {
    if (plan.requests.length > 0) service.Documents.batchUpdate({ requests: plan.requests }, documentId);
  } catch (error) {
    // A batch is atomic (nothing applied when it fails): the DocumentApp fill still makes the document.
    console.warn(`CBO Tracker: the Docs API fill failed, filling with DocumentApp: ${String(error)}`);
    return undefined;
  }
  return { problems: plan.problems, replaced: plan.replaced };
}
