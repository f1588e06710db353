import { isNormalized, normalizeAnswers } from '../core/answers';
import { checkEnvelope, type Envelope } from '../core/envelope';
import type { AnswerError } from '../core/validation';
import { checkTableSizes, MAX_ERRORS_SHOWN } from './answer-limits';
import {
  canonicalAnswers,
  canonicalJsonWith,
  sha256,
  type CanonicalAnswers,
} from './canonical';
import {
  InvalidAnswersError,
  InvalidEnvelopeError,
  SchemaMismatchError,
  SubmissionConflictError,
} from './errors';
import type { createFormVersions } from './form-versions';
import type {
  NewSubmission,
  PutResult,
  Receipt,
  StoredSubmission,
  SubmissionStore,
} from './storage/types';
import { checkSubmittedAt } from './submitted-at';
import { readSummary } from './summary';

export interface AcceptDeps {
  store: SubmissionStore;
  formVersions: ReturnType<typeof createFormVersions>;
  now?: () => Date;
}

/**
 * Call with a parsed request body to check it and store it exactly once.
 * A retry of a stored report gets its original receipt back even when the
 * definition has changed or gone since, so editing a form never strands a
 * report that was already accepted.
 */
export async function acceptSubmission(
  body: unknown,
  deps: AcceptDeps,
): Promise<PutResult> {
  const { store, now = () => new Date() } = deps;
  const envelope = readEnvelope(body);
  checkSubmittedAt(envelope.submittedAt, now());
  // The body is ours: answers the app normalised before sending need no
  // normalised copy, only the sorted one the hash is printed from.
  const normalized = isNormalized(envelope.answers)
    ? envelope.answers
    : normalizeAnswers(envelope.answers);
  checkTableSizes(normalized);
  const canonical = canonicalAnswers(normalized);
  const bodyHash = sha256(
    canonicalJsonWith(reportIdentity(envelope), 'answers', canonical.json),
  );
  let submission: NewSubmission;
  try {
    submission = await checkReport(envelope, canonical, bodyHash, deps);
  } catch (refusal) {
    // Looked up only now: for a new report, the usual case, the writer's
    // own check inside its transaction already tells duplicate and
    // conflict apart, so reading the row first would be a wasted query.
    const stored = await store.get(envelope.submissionId);
    if (!stored) throw refusal;
    return sameReport(stored, bodyHash);
  }

  return store.put(submission);
}

/** A second send of a stored report: its receipt, or 409 if it differs. */
function sameReport(stored: StoredSubmission, bodyHash: string): PutResult {
  if (stored.bodyHash !== bodyHash) {
    throw new SubmissionConflictError(stored.submissionId);
  }

  return { receipt: toReceipt(stored), created: false };
}

/** The report as it will be stored, once its named version accepts it. */
async function checkReport(
  envelope: Envelope,
  canonical: CanonicalAnswers,
  bodyHash: string,
  { formVersions, now = () => new Date() }: AcceptDeps,
): Promise<NewSubmission> {
  const { definition, form } = await formVersions.load(
    envelope.formId,
    envelope.formVersion,
  );
  if (envelope.schemaId !== definition.schema.$id) {
    throw schemaMismatch(envelope.schemaId, definition.schema.$id);
  }
  // The sorted copy was printed for the hash; prune and check it now.
  const checked = form.checkNormalized(canonical.answers, 'vi');
  if (checked.errors.length > 0) throw invalidAnswers(checked.errors);
  // Stored as printed for the hash unless pruning dropped an answer,
  // which the app's own reports never need.
  const answersJson = checked.dropped
    ? JSON.stringify(checked.answers)
    : canonical.json;

  return {
    submissionId: envelope.submissionId,
    formId: envelope.formId,
    formVersion: envelope.formVersion,
    schemaId: envelope.schemaId,
    ...readSummary(definition.versionMeta, checked.answers),
    bodyHash,
    bodyJson: canonicalJsonWith(envelope, 'answers', answersJson),
    replaces: envelope.replaces,
    receivedAt: now().toISOString(),
  };
}

function readEnvelope(body: unknown) {
  const result = checkEnvelope(body);
  if (!result.ok) {
    throw new InvalidEnvelopeError(
      'Gói báo cáo gửi lên thiếu hoặc sai thông tin bắt buộc. Hãy gửi lại ' +
        'từ ứng dụng; nếu vẫn lỗi, hãy tải lại trang.',
      result.errors.map((p) => ({ path: p.pointer, message: p.message })),
    );
  }

  return result.envelope;
}

/**
 * What makes two sends the same report: everything but the moment it was
 * sent and the app build that sent it, which a retry may legitimately change.
 * Its answers are the normalised ones, printed apart.
 */
function reportIdentity(envelope: Envelope): object {
  const {
    submittedAt: _sent,
    appVersion: _app,
    answers: _answers,
    ...identity
  } = envelope;
  return identity;
}

function toReceipt(stored: Receipt): Receipt {
  const { submissionId, receivedAt, formId, formVersion, replaces } = stored;
  return {
    submissionId,
    receivedAt,
    formId,
    formVersion,
    ...(replaces !== undefined && { replaces }),
  };
}

function schemaMismatch(sent: string, expected: string) {
  return new SchemaMismatchError(
    `Báo cáo được lập theo lược đồ "${sent}" nhưng phiên bản này dùng ` +
      `"${expected}". Hãy tải lại trang rồi gửi lại.`,
    [{ path: '/schemaId', message: `Cần "${expected}".` }],
  );
}

function invalidAnswers(errors: AnswerError[]) {
  const count = errors.length;
  const shown = errors.slice(0, MAX_ERRORS_SHOWN);
  const more =
    count > shown.length
      ? ` Dưới đây là ${shown.length} chỗ đầu tiên; sửa xong hãy gửi lại ` +
        'để xem các chỗ còn lại.'
      : '';
  return new InvalidAnswersError(
    `Báo cáo còn ${count} chỗ chưa hợp lệ nên chưa được nhận. Hãy sửa ` +
      'từng chỗ được chỉ ra rồi gửi lại; các câu trả lời khác vẫn giữ ' +
      `nguyên.${more}`,
    shown.map((e) => ({
      path: `/answers${e.pointer}`,
      message: e.message,
      label: e.label,
      section: e.section,
    })),
    count,
  );
}
