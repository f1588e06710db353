import { expect, it } from 'vitest';
import { compileForm } from '../../src/core/validation';
import { completeReportWith, loadForm2015 } from './form-2015';

const definition = await loadForm2015();
const form = compileForm(definition);

function messageAt(group: string, key: string, value: string, locale = 'vi') {
  const report = completeReportWith({ [`/${group}/${key}`]: value });
  const errors = form.validate(report, locale as 'vi' | 'en');

  return errors.find((e) => e.pointer === `/${group}/${key}`)?.message;
}

it('gives the fax example once, without a doubled "Ví dụ"', () => {
  expect(messageAt('generalInfo', 'fax', 'không có')).toBe(
    'Fax chưa đúng dạng. Hãy nhập theo mẫu, ví dụ: 0243 123 4567.',
  );
});

it('gives the example once in English too', () => {
  expect(messageAt('contact', 'mobilePhone', '0912 ABC 678', 'en')).toBe(
    'Mobile phone is not in the expected form. Follow this example: 0243 123 4567.',
  );
});

it('states a rule description as the rule, not as an example', () => {
  const report = completeReportWith({
    '/applications/oneStopShop/lookupSiteAddress': 'motcua.vinhan.gov.vn',
  });
  const error = form
    .validate(report)
    .find((e) => e.pointer === '/applications/oneStopShop/lookupSiteAddress');

  expect(error?.message).toMatch(
    / chưa đúng dạng yêu cầu: địa chỉ bắt đầu bằng http:\/\/ hoặc https:\/\/\.$/,
  );
  expect(error?.message).not.toMatch(/theo mẫu/);
});
