import { describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../src/core/envelope';
import {
  createAjv,
  formatNames,
  messages,
  translateAjvError,
} from '../../src/core/validation';
import { collect, usedInForms, type Used } from './schema-keywords';

function usedEverywhere(): Used {
  const used = usedInForms();
  collect(envelopeSchema, used);

  return used;
}

// A value each format refuses, to see the real message people get.
const refused: Record<string, string> = {
  date: '2015-02-31',
  'date-time': '2015-12-04T14:30:00',
  time: '25:00:00',
  uuid: 'khong-phai-uuid',
  email: 'vanthu@',
  uri: 'donvi.gov.vn',
  hostname: '-donvi-',
};

describe('the Vietnamese message catalogue', () => {
  const used = usedEverywhere();

  it('finds the keywords and formats of the forms and the envelope', () => {
    expect(used.keywords).toContain('sumEquals');
    expect(used.keywords).toContain('const');
    expect(used.formats).toContain('date');
    expect(used.formats).toContain('uuid');
  });

  it('has a Vietnamese and an English message for every keyword used', () => {
    // `if` is reported when its `then` fails; ajv names the whole branch.
    const reported = [...used.keywords, 'if', 'false schema'];
    const missing = reported.filter(
      (keyword) => !messages.vi[keyword] || !messages.en[keyword],
    );

    expect(missing).toEqual([]);
  });

  it('describes every format used in both languages', () => {
    const missing = [...used.formats].filter(
      (format) => !formatNames.vi[format] || !formatNames.en[format],
    );

    expect(missing).toEqual([]);
  });

  it('says each refused format in Vietnamese, naming the field', () => {
    const ajv = createAjv();
    for (const format of used.formats) {
      const value = refused[format];
      expect(value, `no refused example for ${format}`).toBeDefined();
      const check = ajv.compile({
        type: 'string',
        title: 'Ô kiểm thử',
        format,
      });
      expect(check(value), format).toBe(false);
      const said = translateAjvError(check.errors![0], 'vi');

      expect(said, format).toMatch(/^Ô kiểm thử phải là /);
      expect(said, format).not.toMatch(/must|định dạng/);
    }
  });
});
