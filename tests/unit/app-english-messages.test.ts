import { describe, expect, it } from 'vitest';
import { compileForm, translatedLabels } from '../../src/core/validation';
import { parseDate, parseNumber } from '../../src/core/locale';
import { createTranslator } from '../../src/renderers';
import complete from '../fixtures/report-2015-complete.json';
import { loadForm2015 } from './form-2015';

const definition = await loadForm2015();
const form = compileForm(definition);

function reportWith(change: (report: any) => void) {
  const report = structuredClone(complete) as any;
  change(report);

  return report;
}

const messagesOf = (report: unknown, locale: 'vi' | 'en') =>
  form.validate(report, locale).map((error) => error.message);

describe('messages in English name fields by the form’s en.json labels', () => {
  it('asks for a missing agency name as "Agency name", without its number', () => {
    const report = reportWith((r) => delete r.generalInfo.agencyName);

    expect(messagesOf(report, 'en')).toEqual(['Please answer: Agency name.']);
    expect(messagesOf(report, 'vi')).toEqual(['Vui lòng trả lời: Tên Đơn vị.']);
  });

  it('names the total and every part of a sum in English', () => {
    const report = reportWith((r) => (r.resources.itStaffTotal = 5));
    const [message] = messagesOf(report, 'en');

    expect(message).toMatch(/^Full-time IT staff \(5\) must equal the sum of /);
    expect(message).toContain('Doctorate, Master');
    expect(message).not.toMatch(
      /[ạảấầẩẫậắằẳẵặẹẻẽềếểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/,
    );
  });

  it('keeps the printed Vietnamese title where en.json has no entry', () => {
    const labelOf = translatedLabels({});

    expect(labelOf('/generalInfo/agencyName', 'Tên Đơn vị')).toBe('Tên Đơn vị');
  });

  it('finds a table column by its path without the row number', () => {
    const labelOf = translatedLabels({
      'applications.dedicatedNetworkApps.name.label': 'Application name',
    });

    expect(labelOf('/applications/dedicatedNetworkApps/2/name', 'Tên')).toBe(
      'Application name',
    );
  });
});

describe('reading errors of number and date boxes in both languages', () => {
  const english = createTranslator('en', definition.translations.en);
  const vietnamese = createTranslator('vi', definition.translations.vi);
  const say = (translate: typeof english, text: string) => {
    const reading = text.includes('/') ? parseDate(text) : parseNumber(text);
    if (reading.ok) throw new Error(`"${text}" was read as ${reading.value}.`);

    return translate(`bieuMau.${reading.code}`, reading.reason, reading.values);
  };

  it('says "12 cái" is not a number, in English and in Vietnamese', () => {
    expect(say(english, '12 cái')).toBe('Not a number: "12 cái".');
    expect(say(vietnamese, '12 cái')).toBe('Không phải là số: "12 cái".');
  });

  it('says which day a month lacks, in English and in Vietnamese', () => {
    expect(say(english, '31/02/2015')).toBe(
      'Day 31 does not exist in 2/2015 (that month has 28 days): "31/02/2015".',
    );
    expect(say(vietnamese, '31/02/2015')).toBe(
      'Ngày 31 không có trong tháng 2/2015 (tháng này có 28 ngày): "31/02/2015".',
    );
  });
});
