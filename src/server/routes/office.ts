import type { FastifyInstance } from 'fastify';
import { answerColumns } from '../answer-columns';
import { submissionsCsv, submissionsCsvWithAnswers } from '../csv';
import type { FormVersions } from '../form-versions';
import { SubmissionNotFoundError } from '../errors';
import { createOfficeAuth } from '../office-auth';
import type { SubmissionFilter, SubmissionStore } from '../storage/types';
import type { TokenFailurePolicy } from '../token-failures';

/** One page of the JSON list; the CSV export always has every row. */
const DEFAULT_PAGE = 1000;

const filterSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    formId: { type: 'string', maxLength: 200 },
    formVersion: { type: 'string', maxLength: 200 },
    year: { type: 'string', maxLength: 50 },
    agency: { type: 'string', maxLength: 500 },
    limit: { type: 'integer', minimum: 1, maximum: 5000 },
    offset: { type: 'integer', minimum: 0 },
  },
} as const;

/**
 * Call once while building the server: the office's read API, closed
 * unless the admin token is configured and presented as a bearer token.
 */
export function registerOfficeRoutes(
  app: FastifyInstance,
  store: SubmissionStore,
  adminToken: string | undefined,
  formVersions: FormVersions,
  tokenFailurePolicy?: TokenFailurePolicy,
): void {
  // Its own plugin scope, so the token hook guards these routes only.
  app.register(async (office) => {
    office.addHook(
      'onRequest',
      createOfficeAuth(adminToken, tokenFailurePolicy),
    );

    office.get<{ Querystring: SubmissionFilter }>(
      '/api/submissions',
      { schema: { querystring: filterSchema } },
      async (request) => {
        const filter = { limit: DEFAULT_PAGE, ...request.query };
        return { submissions: await store.list(filter) };
      },
    );

    office.get<{ Querystring: SubmissionFilter }>(
      '/api/submissions.csv',
      { schema: { querystring: filterSchema } },
      async (request, reply) => {
        const csv = await exportCsv(request.query, store, formVersions);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="bao-cao.csv"')
          .send(csv);
      },
    );

    office.get<{ Params: { id: string } }>(
      '/api/submissions/:id',
      async (request) => {
        const stored = await store.get(request.params.id);
        if (!stored) throw new SubmissionNotFoundError(request.params.id);
        const { bodyJson, bodyHash: _hash, ...summary } = stored;
        return { ...summary, envelope: JSON.parse(bodyJson) };
      },
    );
  });
}

/**
 * Answers have columns only within one form version, whose definition
 * names and orders them; any other filter gets the summary columns only.
 */
async function exportCsv(
  filter: SubmissionFilter,
  store: SubmissionStore,
  formVersions: FormVersions,
): Promise<string> {
  const summaries = await store.list(filter);
  const { formId, formVersion } = filter;
  if (formId === undefined || formVersion === undefined) {
    return submissionsCsv(summaries);
  }
  const { definition } = await formVersions.load(formId, formVersion);
  const reports = [];
  for (const summary of summaries) {
    const stored = await store.get(summary.submissionId);
    const envelope = stored ? JSON.parse(stored.bodyJson) : {};
    reports.push({ summary, answers: envelope.answers ?? {} });
  }
  const columns = answerColumns(
    definition,
    reports.map((r) => r.answers),
  );

  return submissionsCsvWithAnswers(reports, columns);
}
