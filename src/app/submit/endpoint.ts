/** localStorage key an administrator sets to send reports elsewhere. */
export const endpointStorageKey = 'bieuMau.endpoint';

interface RuntimeConfig {
  endpoint?: unknown;
}

/**
 * Call once at start-up to learn where reports go: localStorage
 * `bieuMau.endpoint` first, then `endpoint` in `config.json` next to
 * index.html, else `api/submissions` on the same origin.
 */
export async function resolveEndpoint(): Promise<string> {
  const stored = readStoredEndpoint();
  if (stored) return absolute(stored);

  const configured = await readConfiguredEndpoint();

  return absolute(configured ?? 'api/submissions');
}

function readStoredEndpoint(): string | undefined {
  try {
    return window.localStorage.getItem(endpointStorageKey)?.trim() || undefined;
  } catch {
    // Storage can be blocked by privacy settings; the default still works.
    return undefined;
  }
}

async function readConfiguredEndpoint(): Promise<string | undefined> {
  try {
    const response = await fetch(absolute('config.json'), {
      cache: 'no-store',
    });
    if (!response.ok) return undefined;
    const config = (await response.json()) as RuntimeConfig;

    return typeof config.endpoint === 'string' && config.endpoint.trim()
      ? config.endpoint.trim()
      : undefined;
  } catch {
    // No config.json (or not JSON) means the same-origin default.
    return undefined;
  }
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

let cached: Promise<string> | undefined;

/** Call wherever the endpoint is needed; resolves it only once per page. */
export function submissionsEndpoint(): Promise<string> {
  cached ??= resolveEndpoint();

  return cached;
}
