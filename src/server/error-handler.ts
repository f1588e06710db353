import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
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

/** Other refusals Fastify or its file server raise, by status. */
const REFUSALS_BY_STATUS: Record<number, { code: string; message: string }> = {
  400: {
    code: 'bad-request',
    message:
      'Yêu cầu không hợp lệ. Hãy kiểm tra lại địa chỉ hoặc tải lại trang.',
  },
  403: {
    code: 'forbidden-path',
    message:
      'Không được phép đọc địa chỉ này (tệp ẩn, thư mục hoặc đường dẫn ' +
      'ra ngoài thư mục biểu mẫu). Hãy dùng địa chỉ của một tệp biểu mẫu.',
  },
  404: {
    code: 'not-found',
    message: 'Không có địa chỉ này. Hãy kiểm tra lại đường dẫn.',
  },
  405: {
    code: 'method-not-allowed',
    message: 'Địa chỉ này không nhận kiểu yêu cầu đã gửi.',
  },
};

const BAD_URL_MESSAGE =
  'Địa chỉ có ký tự mã hoá sai (dấu % không theo sau bởi mã hợp lệ). ' +
  'Hãy kiểm tra lại đường dẫn hoặc mở ứng dụng từ trang chủ.';

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
      const refusal = REFUSALS_BY_STATUS[status] ?? REFUSALS_BY_STATUS[400];
      return answer(reply, status, refusal.code, refusal.message);
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

/**
 * Give to Fastify as its `frameworkErrors` option: errors met before any
 * route runs (an undecodable URL) get the same shape as every other.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error.code === 'FST_ERR_BAD_URL') {
    request.log.info({ code: 'bad-url' }, 'request refused');
    return answer(reply, 400, 'bad-url', BAD_URL_MESSAGE);
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return answer(reply, 414, 'bad-url', 'Địa chỉ quá dài.');
  }
  request.log.error({ err: error }, 'unexpected error');

  return answer(reply, 500, 'internal-error', UNEXPECTED_MESSAGE);
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
