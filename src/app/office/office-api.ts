import { submissionsEndpoint } from '../submit/endpoint';
import { appStrings } from '../i18n/strings';

/** One row of the office list, as the server summarises a submission. */
export interface SubmissionSummary {
  submissionId: string;
  formId: string;
  formVersion: string;
  receivedAt: string;
  year?: string;
  agency?: string;
  replaces?: string;
}

/** Filters the office list can narrow by; empty values are ignored. */
export interface SubmissionFilter {
  formId?: string;
  formVersion?: string;
  year?: string;
  agency?: string;
}

/** A failed office request, with a message saying what to do. */
export class OfficeApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'OfficeApiError';
    this.status = status;
  }

  /** True when typing another token could help. */
  get isTokenProblem(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** Call to fill the office list. */
export async function listSubmissions(
  token: string,
  filter: SubmissionFilter,
): Promise<SubmissionSummary[]> {
  const url = withFilter(await submissionsEndpoint(), filter);
  const body = await getJson(url, token);

  return Array.isArray(body) ? body : (body as ListBody).submissions;
}

interface ListBody {
  submissions: SubmissionSummary[];
}

/** Call to open one submission; resolves to the stored envelope. */
export async function fetchSubmission(
  token: string,
  submissionId: string,
): Promise<unknown> {
  const base = await submissionsEndpoint();

  return getJson(`${base}/${encodeURIComponent(submissionId)}`, token);
}

/** Call for the CSV download; resolves to the file the server sent. */
export async function fetchSubmissionsCsv(
  token: string,
  filter: SubmissionFilter,
): Promise<Blob> {
  const url = withFilter(`${await submissionsEndpoint()}.csv`, filter);
  const response = await send(url, token);

  return response.blob();
}

function withFilter(base: string, filter: SubmissionFilter): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(filter)) {
    if (value?.trim()) url.searchParams.set(key, value.trim());
  }

  return url.href;
}

async function getJson(url: string, token: string): Promise<unknown> {
  const response = await send(url, token);

  return response.json();
}

async function send(url: string, token: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    throw new OfficeApiError(0, appStrings().office.offline);
  }
  if (!response.ok) {
    throw new OfficeApiError(response.status, await describe(response));
  }

  return response;
}

async function describe(response: Response): Promise<string> {
  const text = appStrings().office;
  if (response.status === 401 || response.status === 403) {
    return text.tokenRejected;
  }
  const serverMessage = await readServerMessage(response);
  if (response.status === 503) return serverMessage ?? text.apiClosed;

  return serverMessage ?? text.serverError(response.status);
}

async function readServerMessage(
  response: Response,
): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { message?: unknown };

    return typeof body.message === 'string' ? body.message : undefined;
  } catch {
    // A proxy's HTML error page has no message worth showing.
    return undefined;
  }
}
