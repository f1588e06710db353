import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

const notes = new WeakMap<FastifyRequest, Record<string, unknown>>();

/** Call from a route to add fields (never answers) to its request's line. */
export function noteForLog(
  request: FastifyRequest,
  fields: Record<string, unknown>,
): void {
  notes.set(request, { ...notes.get(request), ...fields });
}

/**
 * One log line per request instead of Fastify's two, built from a few
 * plain fields rather than the request and reply serializers: under load
 * the default pair cost more than storing the report. Errors keep
 * Fastify's full line.
 */
export class OneLineLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) return super.requestCompleted(error, request, reply);
    reply.log.info(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        responseTime: reply.elapsedTime,
        ...notes.get(request),
      },
      'request completed',
    );
  }
}
