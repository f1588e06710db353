/**
 * Folds text for matching what people type: no case, no tone marks,
 * "đ" as "d", runs of spaces as one.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Call to narrow the office list by agency: true when the agency contains
 * the typed words, ignoring case and tone marks ("vinh an" finds
 * "UBND xã Vĩnh An"). An empty query matches everything.
 */
export function agencyMatches(agency: string | undefined, query = ''): boolean {
  const wanted = foldForSearch(query);
  if (!wanted) return true;

  return foldForSearch(agency ?? '').includes(wanted);
}

/** Call before filtering by year: true for empty or four digits. */
export function isYearFilter(year: string | undefined): boolean {
  const typed = year?.trim() ?? '';

  return typed === '' || /^\d{4}$/.test(typed);
}
