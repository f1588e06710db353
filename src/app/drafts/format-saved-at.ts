const two = (value: number) => String(value).padStart(2, '0');

/** dd/mm/yyyy HH:mm in the user's own time zone, as offices write it. */
export function formatSavedAt(iso: string): string {
  const at = new Date(iso);

  return (
    `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()} ` +
    `${two(at.getHours())}:${two(at.getMinutes())}`
  );
}
