import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { HttpError, type ProblemDetail } from './errors';

/** Fastify's own request errors, said in Vietnamese with what to do. */
const FASTIFY_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'body-too-large',
    message:
      'Báo cáo gửi lên quá lớn so với giới hạn của máy chủ. Hãy rút gọn ' +
      'phần ghi chú dài hoặc liên hệ người quản trị để nâng giới hạn.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported-media-type',
    message:
      'Máy chủ chỉ nhận báo cáo dạng JSON (Content-Type: application/json).',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'malformed-body',
    message: 'Nội dung gửi lên đang trống. Hãy gửi lại báo cáo từ ứng dụng.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'malformed-body',
    message:
      'Nội dung gửi lên không phải JSON hợp lệ. Hãy gửi lại từ ứng dụng.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'malformed-body',
    message:
      'Nội dung nhận được không khớp độ dài đã báo (Content-Length). ' +
      'Đường truyền có thể bị ngắt; hãy gửi lại.',
  },
};

const UNEXPECTED_MESSAGE =
  'Máy chủ gặp lỗi ngoài dự kiến nên chưa lưu được yêu cầu này. Báo cáo ' +
  'vẫn còn trong máy của bạn; hãy thử gửi lại sau ít phút.';

/**
 * Call once while building the server: the single place that turns any
 * thrown error into a status and `{ error, message, errors }`. Only the
 * unexpected ones are logged as errors, and never with a request body.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      if (error.status >= 500) request.log.error({ err: error }, error.code);
      else request.log.info({ code: error.code }, 'request refused');
      return answer(reply, error.status, error.code, error.message, {
        errors: error.errors,
        errorCount: error.errorCount,
      });
    }
    if (error.validation) {
      return answer(reply, 400, 'invalid-query', queryMessage(error));
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    const status = error.statusCode ?? 500;
    if (known) return answer(reply, status, known.code, known.message);
    if (status >= 400 && status < 500) {
      return answer(reply, status, 'bad-request', 'Yêu cầu không hợp lệ.');
    }
    request.log.error({ err: error }, 'unexpected error');

    return answer(reply, 500, 'internal-error', UNEXPECTED_MESSAGE);
  });
}

interface ErrorDetails {
  errors?: ProblemDetail[];
  /** Every problem found, when `errors` shows only the first ones. */
  errorCount?: number;
}

function answer(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  { errors = [], errorCount }: ErrorDetails = {},
) {
  return reply.code(status).send({
    error: code,
    message,
    errors,
    ...(errorCount !== undefined && { errorCount }),
  });
}

function queryMessage(error: FastifyError): string {
  const where = error.validation
    ?.map((v) => v.instancePath || v.params?.additionalProperty)
    .filter(Boolean)
    .join(', ');

  return (
    'Tham số lọc không hợp lệ' +
    (where ? ` (${where})` : '') +
    '. Dùng formId, formVersion, year, agency, limit (1–5000), offset (≥ 0).'
  );
}
