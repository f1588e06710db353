import { describe, expect, it } from 'vitest';
import {
  bearer,
  completeAnswers,
  envelopeFor,
  startServer,
} from './test-server';

const VERSION_CSV =
  '/api/submissions.csv?formId=bao-cao-ung-dung-cntt&formVersion=2015';

/** Cells of a CSV as a spreadsheet reads them (quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') cell += text[i++];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(cell), (cell = ''));
    else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      ((row = []), (cell = ''), i++);
    } else cell += char;
  }
  return rows;
}

async function submit(app: ReturnType<typeof startServer>, answers: unknown) {
  const envelope = envelopeFor(answers);
  const response = await app.inject({
    method: 'POST',
    url: '/api/submissions',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(envelope),
  });
  expect(response.statusCode).toBe(201);
  return envelope.submissionId;
}

describe('the office CSV of one form version', () => {
  it('adds a column per answer, titled as printed, with table rows, choices and dates readable', async () => {
    const app = startServer();
    const full = completeAnswers() as any;
    const short = completeAnswers() as any;
    short.generalInfo.agencyName = '=HYPERLINK("http://127.0.0.1/")';
    short.policies.documents = short.policies.documents.slice(0, 1);
    const fullId = await submit(app, full);
    const shortId = await submit(app, short);

    const response = await app.inject({ url: VERSION_CSV, headers: bearer() });

    expect(response.statusCode).toBe(200);
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(response.body.slice(1));
    const byId = new Map(rows.map((r) => [r[0], r]));
    const cell = (id: string, title: string) =>
      byId.get(id)![header.indexOf(title)];
    expect(header.slice(0, 3)).toEqual(['Mã báo cáo', 'Biểu mẫu', 'Phiên bản']);
    expect(header.indexOf('1. Năm báo cáo')).toBeLessThan(
      header.indexOf('2. Tên Đơn vị'),
    );
    expect(cell(fullId, '2. Tên Đơn vị')).toBe(full.generalInfo.agencyName);
    expect(cell(shortId, '2. Tên Đơn vị')).toBe(
      `'=HYPERLINK("http://127.0.0.1/")`,
    );
    // Rows of a table: as many as the longest sent, blank where none.
    const documentColumns = header.filter((t) => /\(dòng \d+\)$/.test(t));
    const lastRow = header.filter((t) =>
      t.endsWith(`(dòng ${full.policies.documents.length})`),
    );
    expect(lastRow.length).toBeGreaterThan(0);
    expect(documentColumns.length).toBeGreaterThan(lastRow.length);
    for (const title of lastRow) expect(cell(shortId, title)).toBe('');
    const issued = header.find(
      (t, i) => t.endsWith('(dòng 1)') && byId.get(fullId)![i] === '08/01/2015',
    );
    expect(issued).toBeDefined();
    // A multi-choice answer: its options' printed titles joined by "; ".
    const bothWays =
      'Liên thông theo chiều ngang (giữa các phòng ban); ' +
      'Liên thông theo chiều dọc (với các cơ quan cấp dưới trực thuộc)';
    expect(rows[0]).toContain(bothWays);
    expect(response.body).not.toContain('{""');
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('keeps the summary columns only when no single version is chosen', async () => {
    const app = startServer();
    await submit(app, completeAnswers());

    const response = await app.inject({
      url: '/api/submissions.csv?formId=bao-cao-ung-dung-cntt',
      headers: bearer(),
    });

    const [header] = parseCsv(response.body.slice(1));
    expect(header).toHaveLength(7);
  });

  it('answers 422 for a version the forms folder does not have', async () => {
    const app = startServer();

    const response = await app.inject({
      url: '/api/submissions.csv?formId=bao-cao-ung-dung-cntt&formVersion=2099',
      headers: bearer(),
    });

    expect(response.statusCode).toBe(422);
    expect(response.json().error).toBe('unknown-form-version');
  });
});
