import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfRepoForms, editJson } from './forms-copy';
import { startApp, type RunningApp } from './harness';

const formId = 'bao-cao-ung-dung-cntt';
let formsDir: string;
let app: RunningApp;

/** A copy of the forms folder whose form.json lost its title. */
function formsWithoutTitle(): string {
  const dir = copyOfRepoForms();
  editJson(path.join(dir, formId, 'form.json'), (meta) => {
    delete meta.title;
  });

  return dir;
}

beforeAll(async () => {
  formsDir = formsWithoutTitle();
  app = await startApp({ formsDir });
});

afterAll(async () => {
  await app?.close();
  rmSync(formsDir, { recursive: true, force: true });
});

describe('a form whose form.json has problems', () => {
  it('offers no new report and says why on the home page', async () => {
    const page = await app.openApp('#/');
    await page.getByText('Biểu mẫu này có lỗi trong tệp định nghĩa').waitFor();

    await page
      .getByText(/Chưa thể tạo báo cáo mới theo phiên bản này/)
      .waitFor();
    expect(
      await page.getByRole('button', { name: /Tạo báo cáo mới/ }).count(),
    ).toBe(0);
    await app.screenshot('fix-home-broken-form');
  });

  it('is refused by the server too, so offering it would only fail later', async () => {
    const response = await fetch(`${app.baseUrl}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        envelopeVersion: 1,
        submissionId: crypto.randomUUID(),
        formId,
        formVersion: '2015',
        schemaId: `urn:bieu-mau:${formId}:2015`,
        answers: {},
        submittedAt: '2026-12-04T14:32:00+07:00',
        draftId: 'd1',
        appVersion: '0.1.0',
      }),
    });

    expect(response.status).toBe(503);
  });
});
