import { focusField } from '../fill/focus-field';
import { sectionHash } from './error-summary';

const focusPatienceMs = 3000;

/**
 * Call from a link in the submit error summary: opens the error's section
 * and puts the cursor in its field once the section has been drawn.
 */
export function openError(
  draftId: string,
  section: number,
  error: { pointer: string; label: string },
): void {
  const target = sectionHash(draftId, section);
  if (window.location.hash !== target) window.location.hash = target;
  const giveUpAt = Date.now() + focusPatienceMs;

  // The section renders after the hash change, possibly lazily: try again
  // on each frame until its field exists.
  const attempt = () => {
    const container = document.querySelector('.report-section');
    if (container && focusField(container, error)) return;
    if (Date.now() > giveUpAt) return;
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
