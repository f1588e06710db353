/**
 * Pulls the server's own messages out of a refusal body, whatever shape it
 * takes (`errors: [{message}]`, `errors: [string]`, `message`, `error`), so
 * the user reads what the office said and not a status code.
 */
export function readRefusal(status: number, body: unknown): string[] {
  const found = messagesIn(body);
  if (found.length > 0) return found;

  return [
    `Máy chủ từ chối báo cáo (mã ${status}). ` +
      'Hãy kiểm tra lại các câu trả lời hoặc liên hệ người quản trị.',
  ];
}

function messagesIn(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.errors)) {
    return record.errors.map(messageOf).filter((text) => text !== '');
  }
  const single = messageOf(record.message ?? record.error);

  return single ? [single] : [];
}

function messageOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const { message, label } = value as Record<string, unknown>;
    if (typeof message === 'string') {
      return typeof label === 'string' ? `${label}: ${message}` : message;
    }
  }

  return '';
}
