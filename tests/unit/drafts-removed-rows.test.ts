import { describe, expect, it } from 'vitest';
import { isInRemovedRow } from '../../src/app/fill/removed-rows';

describe('isInRemovedRow', () => {
  const answers = { apps: [{ name: 'A' }, {}], generalInfo: {} };

  it('says a box of a row past the end of its table is gone', () => {
    expect(isInRemovedRow(answers, '/apps/2/count')).toBe(true);
    expect(isInRemovedRow({}, '/apps/0/count')).toBe(true);
  });

  it('keeps a box of a row still there, or of a group not yet answered', () => {
    expect(isInRemovedRow(answers, '/apps/1/count')).toBe(false);
    expect(isInRemovedRow({}, '/generalInfo/staffTotal')).toBe(false);
    expect(isInRemovedRow(answers, '/generalInfo/staffTotal')).toBe(false);
  });
});
