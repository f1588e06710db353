/** One thing wrong with a request, pointing at the spot inside the body. */
export interface ProblemDetail {
  /** JSON pointer into the request body ('' for the whole body). */
  path: string;
  message: string;
  /** For answers: the field's printed title and its section. */
  label?: string;
  section?: string;
}

/**
 * Base of every error the server expects. The HTTP edge turns it into
 * `{ error: code, message, errors }` with `status`; nothing else is sent.
 */
export abstract class HttpError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** Set when `errors` shows only the first of more problems. */
  errorCount?: number;

  constructor(
    message: string,
    readonly errors: ProblemDetail[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The body is not JSON we are willing to read: syntax, depth, keys. */
export class HostileBodyError extends HttpError {
  readonly status = 400;
  readonly code = 'malformed-body';
}

/** The body is JSON but not a submission envelope of a version we know. */
export class InvalidEnvelopeError extends HttpError {
  readonly status = 400;
  readonly code = 'invalid-envelope';
}

/** The envelope names a form or version missing from the forms folder. */
export class UnknownFormVersionError extends HttpError {
  readonly status = 422;
  readonly code = 'unknown-form-version';

  constructor(formId: string, formVersion: string) {
    super(
      `Không có biểu mẫu "${formId}" phiên bản "${formVersion}" trên máy ` +
        'chủ. Hãy tải lại trang để lấy danh sách biểu mẫu mới nhất.',
      [{ path: '/formVersion', message: 'Phiên bản này không tồn tại.' }],
    );
  }
}

/** The envelope's schemaId does not match the named version's schema. */
export class SchemaMismatchError extends HttpError {
  readonly status = 422;
  readonly code = 'schema-mismatch';
}

/** The answers break the rules of the form version they name. */
export class InvalidAnswersError extends HttpError {
  readonly status = 422;
  readonly code = 'invalid-answers';

  /** `errors` are the first problems shown; `total` counts them all. */
  constructor(message: string, errors: ProblemDetail[], total: number) {
    super(message, errors);
    if (total > errors.length) this.errorCount = total;
  }
}

/** A revision's `replaces` names a report the server never stored. */
export class UnknownReplacedSubmissionError extends HttpError {
  readonly status = 422;
  readonly code = 'unknown-replaced-submission';

  constructor(replaces: string, reason?: string) {
    super(
      reason ??
        `Không tìm thấy báo cáo "${replaces}" mà bản sửa này thay thế. ` +
          'Hãy gửi báo cáo gốc trước, hoặc bỏ trường "replaces".',
      [{ path: '/replaces', message: 'Không tìm thấy báo cáo được thay thế.' }],
    );
  }
}

/** The submissionId was already used for a different report. */
export class SubmissionConflictError extends HttpError {
  readonly status = 409;
  readonly code = 'submission-conflict';

  constructor(submissionId: string) {
    super(
      `Mã báo cáo "${submissionId}" đã được dùng cho một báo cáo có nội ` +
        'dung khác. Báo cáo cũ vẫn được giữ nguyên; muốn sửa thì hãy gửi ' +
        'bản sửa với mã mới và trường "replaces".',
      [{ path: '/submissionId', message: 'Mã báo cáo đã được dùng.' }],
    );
  }
}

/** The office asked for a report the server does not hold. */
export class SubmissionNotFoundError extends HttpError {
  readonly status = 404;
  readonly code = 'submission-not-found';

  constructor(submissionId: string) {
    super(`Không có báo cáo với mã "${submissionId}".`);
  }
}

/** No admin token is configured, so the office read API stays closed. */
export class OfficeApiClosedError extends HttpError {
  readonly status = 503;
  readonly code = 'office-api-closed';

  constructor() {
    super(
      'Chức năng xem báo cáo đang tắt: người quản trị máy chủ cần đặt ' +
        'biến môi trường BIEU_MAU_ADMIN_TOKEN rồi khởi động lại.',
    );
  }
}

/** The office request carries no token or a wrong one. */
export class UnauthorizedError extends HttpError {
  readonly status = 401;
  readonly code = 'unauthorized';

  constructor() {
    super(
      'Cần mã quản trị hợp lệ để xem báo cáo. Hãy nhập lại mã quản trị ' +
        '(tiêu đề Authorization: Bearer <mã>).',
    );
  }
}

/** Too many wrong admin tokens came from this address lately. */
export class TooManyTokenFailuresError extends HttpError {
  readonly status = 429;
  readonly code = 'too-many-attempts';

  constructor(windowMs: number) {
    super(
      'Đã nhập sai mã quản trị quá nhiều lần từ máy này. Hãy chờ ' +
        `${Math.ceil(windowMs / 60_000)} phút rồi nhập lại mã đúng.`,
    );
  }
}

/** A version folder exists but its files cannot be used: an admin's fix. */
export class BrokenDefinitionError extends HttpError {
  readonly status = 503;
  readonly code = 'form-definition-broken';

  constructor(formId: string, formVersion: string, cause: unknown) {
    super(
      `Biểu mẫu "${formId}" phiên bản "${formVersion}" trên máy chủ đang ` +
        'lỗi nên chưa nhận được báo cáo. Báo cáo vẫn còn trong máy của ' +
        'bạn; hãy báo người quản trị và gửi lại sau.',
    );
    this.cause = cause;
  }
}
