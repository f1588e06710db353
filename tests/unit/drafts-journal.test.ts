import { describe, expect, it } from 'vitest';
import {
  journalFitsStored,
  readJournals,
  writeJournal,
  type JournalEntry,
} from '../../src/drafts/crash-journal';
import { MemoryStorage } from './drafts-local-storage';

const summary = { answered: 1, total: 300, errors: 0 };
const entry: JournalEntry = {
  id: 'x',
  formId: 'f',
  formVersion: '2015',
  name: 'n',
  baseRevision: 3,
  tabId: 'tab-a',
  savedAt: '2026-01-01T00:00:00Z',
  answers: {},
  summary,
};

describe('crash journal of one draft open in two tabs', () => {
  it('keeps both tabs’ journals, oldest first', () => {
    Object.assign(globalThis, { localStorage: new MemoryStorage() });
    writeJournal({ ...entry, tabId: 'tab-b', savedAt: '2026-01-02T00:00:00Z' });
    writeJournal({ ...entry, answers: { a: 1 } });

    const tabs = readJournals('x').map((kept) => kept.tabId);

    expect(tabs).toEqual(['tab-a', 'tab-b']);
    expect(readJournals('y')).toEqual([]);
  });

  it('lets typing replace the draft it was typed on', () => {
    const stored = { revision: 3, savedBy: 'tab-b' };

    expect(journalFitsStored(entry, stored)).toBe(true);
  });

  it('lets typing replace a later save by the same page', () => {
    const stored = { revision: 5, savedBy: 'tab-a' };

    expect(journalFitsStored(entry, stored)).toBe(true);
  });

  it('refuses typing that another tab’s save has overtaken', () => {
    const stored = { revision: 4, savedBy: 'tab-b' };

    expect(journalFitsStored(entry, stored)).toBe(false);
  });
});
