import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  completeAnswers,
  envelopeFor,
  FORM_ID,
  startServer,
  testConfig,
} from './test-server';

type App = ReturnType<typeof startServer>;

const post = (app: App, payload: object) =>
  app.inject({ method: 'POST', url: '/api/submissions', payload });

/** Lowers the staff maximum so the complete report no longer validates. */
function tightenSchema(formsDir: string): void {
  const file = path.join(formsDir, FORM_ID, '2015/schema.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  schema.properties.generalInfo.properties.staffTotal.maximum = 10;
  fs.writeFileSync(file, JSON.stringify(schema, null, 2));
}

describe('a retry of a stored report', () => {
  it('gets its receipt after the version was edited to refuse it', async () => {
    const config = testConfig();
    const app = startServer(config);
    const envelope = envelopeFor();
    const first = await post(app, envelope);
    tightenSchema(config.formsDir);

    const retry = await post(app, envelope);

    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ ...first.json(), duplicate: true });
  });

  it('gets its receipt after the version folder was removed', async () => {
    const config = testConfig();
    const app = startServer(config);
    const envelope = envelopeFor();
    const first = await post(app, envelope);
    fs.rmSync(path.join(config.formsDir, FORM_ID, '2015'), {
      recursive: true,
    });

    const retry = await post(app, envelope);

    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ ...first.json(), duplicate: true });
  });

  it('is a 409 conflict, not 422, when its changed answers are invalid', async () => {
    const app = startServer();
    const envelope = envelopeFor();
    await post(app, envelope);
    const changed = completeAnswers();
    (changed.generalInfo as Record<string, unknown>).staffTotal = -5;

    const response = await post(app, { ...envelope, answers: changed });

    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe('submission-conflict');
  });

  it('in the same batch as its first send gets 201 then 200', async () => {
    const app = startServer();
    const envelope = envelopeFor();

    const [one, two] = await Promise.all([
      post(app, envelope),
      post(app, envelope),
    ]);

    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 201]);
    expect(two.json().receivedAt).toBe(one.json().receivedAt);
  });
});
