import type { FastifyInstance } from 'fastify';
import { acceptSubmission, type AcceptDeps } from '../accept-submission';
import { noteForLog } from '../request-log';

/** Call once while building the server: the route reports arrive on. */
export function registerSubmissionRoute(
  app: FastifyInstance,
  deps: AcceptDeps,
): void {
  app.post('/api/submissions', async (request, reply) => {
    const { receipt, created } = await acceptSubmission(request.body, deps);
    noteForLog(request, { submissionId: receipt.submissionId, created });
    if (created) return reply.code(201).send(receipt);

    return reply.code(200).send({ ...receipt, duplicate: true });
  });
}
