import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningApp } from './harness';

export const adminToken = 'kiem-thu-van-phong-sua-loi-0123456789';
const formId = 'bao-cao-ung-dung-cntt';
const fixture = path.resolve(
  import.meta.dirname,
  '../fixtures/report-2015-complete.json',
);

/** The complete 2015 fixture's answers, with another agency and year. */
export function reportOf(agencyName: string, reportYear: number) {
  const answers = JSON.parse(readFileSync(fixture, 'utf8'));
  answers.generalInfo.agencyName = agencyName;
  answers.generalInfo.reportYear = reportYear;

  return answers;
}

/** Sends one report to the real server, as the fill page would. */
export async function sendReport(
  app: RunningApp,
  answers: Record<string, unknown>,
): Promise<string> {
  const submissionId = randomUUID();
  const response = await fetch(`${app.baseUrl}/api/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      envelopeVersion: 1,
      submissionId,
      formId,
      formVersion: '2015',
      schemaId: `urn:bieu-mau:${formId}:2015`,
      answers,
      submittedAt: '2016-01-15T09:30:00+07:00',
      draftId: randomUUID(),
      appVersion: '0.1.0',
    }),
  });
  if (!response.ok) {
    throw new Error(
      `Seeding failed: ${response.status} ${await response.text()}`,
    );
  }

  return submissionId;
}

/** Opens the office page and signs in with the test token. */
export async function openOffice(app: RunningApp): Promise<Page> {
  const page = await app.openApp('#/van-phong');
  const table = page.getByRole('table');
  const tokenBox = page.getByLabel('Mã quản trị');
  // The token stays for the tab, so a second visit goes straight to the list.
  await table.or(tokenBox).first().waitFor();
  if ((await tokenBox.count()) > 0) {
    await tokenBox.fill(adminToken);
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
  }
  await table.waitFor();

  return page;
}
