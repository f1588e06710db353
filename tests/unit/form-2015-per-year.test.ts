import { describe, expect, it } from 'vitest';
import { checkFormDefinition } from '../../src/core/definition';
import { readPointer, removePointer } from '../../src/drafts/answer-pointers';
import { newDraftRecord } from '../../src/drafts/draft-records';
import { copyAnswersForNewYear } from '../../src/drafts/new-year-copy';
import complete from '../fixtures/report-2015-complete.json';
import { loadForm2015 } from './form-2015';

const definition = await loadForm2015();
const perYear = definition.versionMeta.perYear ?? [];

type Row = Record<string, unknown>;

function nextYearFromComplete(): Record<string, unknown> {
  const lastYear = newDraftRecord({
    formId: definition.formId,
    formVersion: definition.version,
    name: 'UBND huyện Vĩnh An – năm 2015',
    answers: structuredClone(complete),
  });
  const copy = copyAnswersForNewYear(
    lastYear,
    2016,
    perYear,
    definition.versionMeta.summary?.year,
  );

  return copy.answers as Record<string, unknown>;
}

describe('starting the 2016 report from the complete 2015 one', () => {
  it('clears columns (9) and (10) of every 4.3 row and keeps columns (2)–(8)', () => {
    const pointer = '/website/onlineServices/level3Services';
    const before = readPointer(complete, pointer) as Row[];
    const after = readPointer(nextYearFromComplete(), pointer) as Row[];

    expect(after).toHaveLength(before.length);
    after.forEach((row, i) => {
      expect(row).not.toHaveProperty('onlineRate');
      expect(row).not.toHaveProperty('onlineCount');
      const { onlineRate, onlineCount, ...kept } = before[i];
      expect([onlineRate, onlineCount]).not.toContain(undefined);
      expect(row).toEqual(kept);
    });
  });

  it('leaves no per-year answer behind and writes the new year', () => {
    const answers = nextYearFromComplete();
    const left = perYear
      .filter((p) => !p.includes('*') && p !== '/generalInfo/reportYear')
      .filter((p) => readPointer(answers, p) !== undefined);

    expect(left).toEqual([]);
    expect(readPointer(answers, '/generalInfo/reportYear')).toBe(2016);
    expect(readPointer(answers, '/generalInfo/agencyName')).toBe(
      readPointer(complete, '/generalInfo/agencyName'),
    );
  });
});

describe('a * segment in a per-year pointer', () => {
  it('removes every row when it ends the pointer and touches nothing else', () => {
    const answers = { rows: [{ a: 1 }, { a: 2 }], other: [1, 2] };
    removePointer(answers, '/rows/*');
    removePointer(answers, '/other/x');

    expect(answers).toEqual({ rows: [], other: [1, 2] });
  });

  it('is accepted by the definition check only where the schema has rows', () => {
    const withPointers = (pointers: string[]) =>
      checkFormDefinition({
        ...definition,
        versionMeta: { ...definition.versionMeta, perYear: pointers },
      });

    expect(withPointers(['/policies/documents/*/issuedOn'])).toEqual([]);
    const problems = withPointers(['/generalInfo/*/reportYear']);
    expect(problems.map((p) => p.pointer)).toEqual(['/perYear/0']);
    expect(problems[0].message).toMatch(/không trỏ tới câu trả lời nào/);
  });
});
