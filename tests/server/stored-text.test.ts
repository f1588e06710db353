import { describe, expect, it } from 'vitest';
import {
  bearer,
  completeAnswers,
  envelopeFor,
  startServer,
} from './test-server';

describe('text the server stores', () => {
  it('keeps no NUL, bidi override or lone surrogate, in the list and the stored report', async () => {
    const app = startServer();
    const answers = completeAnswers() as any;
    answers.generalInfo.agencyName = 'UBND \u202Egnol\u202C\u0000 An';
    answers.contact.position = 'Chuyên viên\uD800 CNTT';
    const envelope = envelopeFor(answers);
    const sent = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(envelope),
    });
    expect(sent.statusCode).toBe(201);

    const list = await app.inject({
      url: '/api/submissions',
      headers: bearer(),
    });
    expect(list.json().submissions[0].agency).toBe('UBND gnol An');
    const stored = await app.inject({
      url: `/api/submissions/${envelope.submissionId}`,
      headers: bearer(),
    });
    const storedAnswers = stored.json().envelope.answers;
    const info = storedAnswers.generalInfo;
    expect(info.agencyName).toBe('UBND gnol An');
    expect(storedAnswers.contact.position).toBe('Chuyên viên\uFFFD CNTT');
  });
});
