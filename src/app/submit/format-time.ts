const two = (n: number) => String(n).padStart(2, '0');

/**
 * Call to show a server timestamp the way offices write it:
 * dd/mm/yyyy HH:mm in the browser's local time.
 */
export function formatReceivedAt(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;

  return `${formatDay(at)} ${formatClock(at)}`;
}

/** Call for a date alone: dd/mm/yyyy. */
export function formatDay(at: Date): string {
  return `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`;
}

/** Call for a time of day alone: HH:mm. */
export function formatClock(at: Date): string {
  return `${two(at.getHours())}:${two(at.getMinutes())}`;
}
