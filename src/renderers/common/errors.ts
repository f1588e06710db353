import { useEffect, useState } from 'react';

/** Settings the app may put in `<JsonForms config>` for these renderers. */
export interface RendererConfig {
  /** Show every error at once, e.g. after the person presses "Kiểm tra". */
  showAllErrors?: boolean;
  /** Set false when the app shows the section title itself. */
  categoryTitle?: boolean;
  /**
   * Called when a box starts or stops holding text it cannot read (`why`
   * undefined), with the JSON Forms path, so a summary of errors can say
   * the same as the box instead of "please answer".
   */
  onUnreadable?: (path: string, why: string | undefined) => void;
  /**
   * Called when the unreadable text a box holds changes, with that text, or
   * undefined once the box is readable or empty (not when it merely goes
   * away), so the app can keep the text with the draft.
   */
  onUnreadableText?: (path: string, text: string | undefined) => void;
  /** The unreadable text kept for a box, shown when it has no value. */
  unreadableTextAt?: (path: string) => string | undefined;
}

/**
 * Errors stay quiet until the person has left the field once, or until the
 * app asks for all of them; then they follow every change.
 */
export function useErrorDisplay(config: unknown) {
  const [touched, setTouched] = useState(false);
  const showAll = (config as RendererConfig | undefined)?.showAllErrors;

  return {
    shown: touched || showAll === true,
    touch: () => setTouched(true),
  };
}

/**
 * The lines under a box: only why its text cannot be read while it holds
 * such text (its value is then absent, so the schema's only complaint would
 * be "missing", which contradicts what the person sees typed); otherwise
 * the schema's messages.
 */
export function shownLines(
  problem: string | undefined,
  errors: string | undefined,
): string[] {
  return problem ? [problem] : errorLines(undefined, errors);
}

/** Our own problem first, then the schema's messages, without repeats. */
export function errorLines(
  problem: string | undefined,
  errors: string | undefined,
): string[] {
  const lines = [problem, ...(errors ?? '').split('\n')];

  return [...new Set(lines.filter((line): line is string => !!line))];
}

/** The ids of a field's parts, derived from its input id. */
export function partIds(inputId: string) {
  return {
    input: inputId,
    label: `${inputId}-label`,
    description: `${inputId}-description`,
    error: `${inputId}-error`,
  };
}

/** `aria-describedby` for a field: its description, then its errors. */
export function describedBy(
  inputId: string,
  description: string | undefined,
  errors: string[],
): string | undefined {
  const ids = partIds(inputId);
  const parts = [
    description ? ids.description : '',
    errors.length ? ids.error : '',
  ].filter(Boolean);

  return parts.length ? parts.join(' ') : undefined;
}

/** Call in a box renderer: the unreadable text the app kept for it. */
export function savedUnreadableText(
  config: unknown,
  path: string,
): string | undefined {
  return (config as RendererConfig | undefined)?.unreadableTextAt?.(path);
}

/**
 * Call in a box renderer with what its text problem says now and the text
 * it cannot read: tells the app's `onUnreadable`, taking it back when the
 * box goes away, and `onUnreadableText`, which outlives the box.
 */
export function useReportUnreadable(
  config: unknown,
  path: string,
  why: string | undefined,
  text: string | undefined,
): void {
  const report = (config as RendererConfig | undefined)?.onUnreadable;
  const keep = (config as RendererConfig | undefined)?.onUnreadableText;

  useEffect(() => {
    keep?.(path, why === undefined ? undefined : text);
  }, [keep, path, why, text]);

  useEffect(() => {
    if (!report || why === undefined) return;
    report(path, why);

    return () => report(path, undefined);
  }, [report, path, why]);
}
