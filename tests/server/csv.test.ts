import { describe, expect, it } from 'vitest';
import { csvCell, submissionsCsv } from '../../src/server/csv';

describe('office CSV export', () => {
  it('starts with a BOM and a Vietnamese header row, one line per report', () => {
    const csv = submissionsCsv([
      {
        submissionId: 'id-1',
        receivedAt: '2026-12-04T07:00:00.000Z',
        formId: 'bao-cao',
        formVersion: '2015',
        schemaId: 'urn:x',
        year: '2015',
        agency: 'UBND xã Tân Phú, huyện "Đông"',
      },
    ]);

    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFFMã báo cáo,Biểu mẫu,Phiên bản,')).toBe(true);
    expect(lines[1]).toBe(
      'id-1,bao-cao,2015,2015,"UBND xã Tân Phú, huyện ""Đông""",' +
        '2026-12-04T07:00:00.000Z,',
    );
    expect(lines).toHaveLength(3);
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Sở Nội vụ')).toBe('Sở Nội vụ');
  });
});
