/** A save was based on a revision another tab or window has since replaced. */
export class DraftConflictError extends Error {
  readonly storedRevision: number;

  constructor(id: string, expected: number, stored: number) {
    super(
      `Bản nháp ${id} đã được lưu ở nơi khác (bản ${stored}, ` +
        `bạn đang sửa bản ${expected}). Hãy chọn giữ bản nào.`,
    );
    this.name = 'DraftConflictError';
    this.storedRevision = stored;
  }
}

/** A draft the caller named does not exist (any more). */
export class DraftNotFoundError extends Error {
  constructor(id: string) {
    super(
      `Không tìm thấy bản nháp ${id}. Có thể nó đã bị xoá; ` +
        'hãy mở lại danh sách bản nháp.',
    );
    this.name = 'DraftNotFoundError';
  }
}

/** An export file that cannot be imported; the message says why. */
export class DraftImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftImportError';
  }
}

/** Another tab keeps the drafts database at an older version open. */
export class DraftDbBlockedError extends Error {
  constructor() {
    super(
      'Một thẻ khác đang giữ cơ sở dữ liệu bản nháp ở phiên bản cũ. ' +
        'Hãy đóng các thẻ Biểu mẫu khác rồi tải lại trang này.',
    );
    this.name = 'DraftDbBlockedError';
  }
}

/** True for a full disk, whether thrown directly or as a transaction abort. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !isDomExceptionLike(error)) return false;
  const name = (error as { name?: string }).name;
  if (name === 'QuotaExceededError') return true;
  const cause = (error as { cause?: unknown }).cause;

  return cause !== undefined && isQuotaError(cause);
}

function isDomExceptionLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'name' in value;
}

/**
 * Turns a storage failure into the Vietnamese sentence shown to the user;
 * call it at the edge, where the error is about to be displayed.
 */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return (
      'Bộ nhớ của trình duyệt đã đầy nên không lưu được bản nháp. ' +
      'Hãy tải bản nháp về máy, rồi xoá bớt bản nháp cũ.'
    );
  }
  if (error instanceof DraftConflictError) return error.message;
  if (error instanceof DraftNotFoundError) return error.message;
  if (error instanceof DraftImportError) return error.message;
  if (error instanceof DraftDbBlockedError) return error.message;
  const detail = error instanceof Error ? ` (${error.name})` : '';

  return (
    `Trình duyệt không lưu được bản nháp${detail}. ` +
    'Hãy tải bản nháp về máy để giữ dữ liệu, rồi thử tải lại trang.'
  );
}
