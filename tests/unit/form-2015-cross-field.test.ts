import { expect, it } from 'vitest';
import { compileForm } from '../../src/core/validation';
import { completeReportWith, loadForm2015 } from './form-2015';

const definition = await loadForm2015();
const form = compileForm(definition);

/** One answer changed; the rule it breaks, the field it is checked against. */
interface CrossFieldCase {
  set: [pointer: string, value: unknown];
  errorAt: string;
  otherField: string;
}

const cases: CrossFieldCase[] = [
  {
    set: ['/infrastructure/staffWithComputers', 50],
    errorAt: '/infrastructure/staffWithComputers',
    otherField: 'Tổng số cán bộ, công chức',
  },
  {
    set: ['/infrastructure/hasLan', 'khong'],
    errorAt: '/infrastructure/security/protectedLans',
    otherField: 'Có mạng cục bộ (LAN)',
  },
  {
    set: ['/applications/oneStopShop/dossiersOnTime', 13000],
    errorAt: '/applications/oneStopShop/dossiersOnTime',
    otherField: 'Tổng số hồ sơ tiếp nhận qua bộ phận một cửa',
  },
  {
    set: ['/applications/videoConference/videoMeetings', 60],
    errorAt: '/applications/videoConference/videoMeetings',
    otherField: 'Tổng số cuộc họp',
  },
  {
    set: ['/website/protection/incidentCount', 1],
    errorAt: '/website/protection/incidents',
    otherField: 'Tổng số lần hệ thống bị sự cố',
  },
  {
    set: ['/website/administration/editorialBoard/editorMembers', 10],
    errorAt: '/website/administration/editorialBoard/editorMembers',
    otherField: 'Tổng số thành viên của Ban Biên tập',
  },
  {
    set: ['/resources/itStaffTotal', 4],
    errorAt: '/resources/itStaffTotal',
    otherField: 'Tiến sỹ',
  },
  {
    set: ['/resources/training/classes', 0],
    errorAt: '/resources/training/trainees',
    otherField: 'Số lớp được tổ chức',
  },
  {
    set: ['/resources/hardwareSpending', 900],
    errorAt: '/resources/hardwareSpending',
    otherField: 'Tổng chi ngân sách cho ứng dụng CNTT',
  },
  {
    set: ['/resources/softwareSpending', 400],
    errorAt: '/resources/spendingTotal',
    otherField: 'Tổng chi mua sắm phần cứng trong năm',
  },
];

it.each(cases)(
  'names both fields when $errorAt breaks its rule with "$otherField"',
  (c) => {
    const errors = form.validate(completeReportWith({ [c.set[0]]: c.set[1] }));
    const error = errors.find((e) => e.pointer === c.errorAt);

    expect(error?.message).toContain(error?.label);
    expect(error?.message).toContain(c.otherField);
  },
);
