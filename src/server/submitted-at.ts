import { InvalidEnvelopeError } from './errors';

/** No report of this engine was written before this moment. */
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');

/** Clocks of office PCs drift and time zones differ; a day covers both. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * Call after the envelope's shape is checked, with the server's clock:
 * refuses a `submittedAt` before 2000 or more than a day ahead of the
 * server, which only a wrong computer clock or a forged report produces.
 * Checked here, not in the shared core, because only the server's clock
 * can judge the browser's.
 */
export function checkSubmittedAt(submittedAt: string, now: Date): void {
  const sent = Date.parse(submittedAt);
  if (sent >= EARLIEST && sent <= now.getTime() + FUTURE_SLACK_MS) return;
  throw new InvalidEnvelopeError(
    `Thời điểm gửi "${submittedAt}" không hợp lý (trước năm 2000 hoặc sau ` +
      'ngày giờ của máy chủ). Hãy chỉnh lại ngày giờ của máy tính rồi ' +
      'gửi lại báo cáo.',
    [
      {
        path: '/submittedAt',
        message: 'Cần một thời điểm từ năm 2000 đến hiện tại.',
      },
    ],
  );
}
