import type { FastifyInstance } from 'fastify';
import { submissionsCsv } from '../csv';
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
        const csv = submissionsCsv(await store.list(request.query));
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
