/** Newest first, comparing digits as numbers: 2016 before 2015.10 before 2015.2. */
export function newestFirst(a: string, b: string): number {
  return b.localeCompare(a, 'en', { numeric: true });
}

/** Order versions for people: the current one first, then newest first. */
export function orderVersions<T extends { version: string }>(
  versions: T[],
  current: string,
): T[] {
  return [...versions].sort((a, b) => {
    if (a.version === current) return -1;
    if (b.version === current) return 1;
    return newestFirst(a.version, b.version);
  });
}
