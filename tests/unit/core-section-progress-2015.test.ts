import { describe, expect, it } from 'vitest';
import {
  sectionProgress,
  sectionProgressOfVisible,
} from '../../src/core/answers';
import { compileForm } from '../../src/core/validation';
import complete from '../fixtures/report-2015-complete.json';
import { applyInvalidCase, invalidCases2015, loadForm2015 } from './form-2015';

const definition = await loadForm2015();
const form = compileForm(definition);
const sectionLabels = (
  definition.uischema as { elements: { label: string }[] }
).elements.map((category) => category.label);

describe('section progress on the 2015 form', () => {
  it('lists every section, nothing answered in an empty report', () => {
    const progress = sectionProgress(definition, {}, []);
    expect(progress.map((p) => p.label)).toEqual(sectionLabels);
    for (const section of progress) {
      expect(section.answered).toBe(0);
      expect(section.total).toBeGreaterThan(0);
    }
  });

  it('counts the complete report as answered in every section', () => {
    const checked = form.check(complete);
    const progress = sectionProgressOfVisible(
      definition,
      checked.answers,
      checked.errors,
    );
    for (const section of progress) {
      expect(section.answered).toBeGreaterThan(0);
      expect(section.answered).toBeLessThanOrEqual(section.total);
      expect(section.errors).toBe(0);
    }
  });

  it('gives the same counts from checked answers as from typed ones', () => {
    for (const invalid of invalidCases2015) {
      const typed = applyInvalidCase(invalid);
      const checked = form.check(typed);
      const fromTyped = sectionProgress(definition, typed, checked.errors);
      expect(
        sectionProgressOfVisible(definition, checked.answers, checked.errors),
      ).toEqual(fromTyped);
      const counted = fromTyped.reduce((sum, p) => sum + p.errors, 0);
      expect(counted).toBe(checked.errors.length);
    }
  });

  it('changes only the section whose answers changed', () => {
    const before = sectionProgress(definition, complete, []);
    const { agencyName: _gone, ...generalInfo } = complete.generalInfo;
    const after = sectionProgress(definition, { ...complete, generalInfo }, []);
    expect(after[0].answered).toBe(before[0].answered - 1);
    expect(after[0].total).toBe(before[0].total);
    expect(after.slice(1)).toEqual(before.slice(1));
  });
});
