import { parseRoute } from '../shell/routes';
import { draftFormHint } from './draft-form-hints';

// Responses fetched before the page that reads them was loaded, by URL.
const early = new Map<string, Promise<Response>>();

/**
 * `fetch` for definition files: a response fetched early for this URL is
 * handed over once, anything else is fetched now.
 */
export function fetchDefinitionFile(url: string): Promise<Response> {
  const response = early.get(url);
  early.delete(url);

  return response ?? fetch(url);
}

/**
 * Call first thing on start: when the address opens a draft this browser
 * knows, its form's files are fetched at once, beside the page's own code
 * and IndexedDB, instead of after both. A wrong guess costs one fetch.
 */
export function fetchOpenedDraftForm(
  hash: string,
  fileUrls: (formId: string, version: string) => string[],
): void {
  const route = parseRoute(hash);
  if (route.page !== 'fill' && route.page !== 'print') return;
  const hint = draftFormHint(route.draftId);
  if (!hint) return;
  for (const url of fileUrls(hint.formId, hint.version)) {
    const response = fetch(url);
    // Read later by whoever asks; a failure then is theirs to report.
    response.catch(() => undefined);
    early.set(url, response);
  }
}
