import type { DraftMeta } from '../../drafts/types';
import { formatSavedAt } from './format-saved-at';
import { useFormNames } from '../home/form-names';
import { useStrings, type AppStrings } from '../i18n/strings';

interface DraftRowProps {
  draft: DraftMeta;
  onAction(kind: DraftActionKind, draft: DraftMeta): void;
}

export type DraftActionKind =
  'rename' | 'duplicate' | 'delete' | 'newYear' | 'export';

function progressText(
  text: AppStrings['drafts'],
  { summary }: DraftMeta,
): string {
  const base = text.progress(summary.answered, summary.total);

  return summary.errors > 0 ? base + text.progressErrors(summary.errors) : base;
}

/** One draft in the list, with everything the user can do to it. */
export function DraftRow({ draft, onAction }: DraftRowProps) {
  const act = (kind: DraftActionKind) => () => onAction(kind, draft);
  const text = useStrings().drafts;
  const names = useFormNames();

  return (
    <li className="draft-row" aria-label={draft.name}>
      <h2 className="draft-name">
        <a href={`#/dien/${encodeURIComponent(draft.id)}`}>{draft.name}</a>
      </h2>
      <dl className="draft-facts">
        <dt>{text.agency}</dt>
        <dd>{draft.summary.agency ?? text.notGiven}</dd>
        <dt>{text.form}</dt>
        <dd>
          {text.formVersion(
            names.formTitle(draft.formId),
            names.versionTitle(draft.formId, draft.formVersion),
          )}
        </dd>
        <dt>{text.year}</dt>
        <dd>{draft.summary.year ?? text.notGiven}</dd>
        <dt>{text.savedAt}</dt>
        <dd>{formatSavedAt(draft.updatedAt)}</dd>
        <dt>{text.progressLabel}</dt>
        <dd>{progressText(text, draft)}</dd>
        <dt>{text.statusLabel}</dt>
        <dd>{text.status[draft.status]}</dd>
      </dl>
      <div className="draft-actions">
        <a
          className="button-link"
          href={`#/dien/${encodeURIComponent(draft.id)}`}
        >
          {text.open}
        </a>
        <button type="button" className="secondary" onClick={act('rename')}>
          {text.rename}
        </button>
        <button type="button" className="secondary" onClick={act('duplicate')}>
          {text.duplicate}
        </button>
        <button type="button" className="secondary" onClick={act('newYear')}>
          {text.newYear}
        </button>
        <button type="button" className="secondary" onClick={act('export')}>
          {text.export}
        </button>
        <button type="button" className="secondary" onClick={act('delete')}>
          {text.delete}
        </button>
      </div>
    </li>
  );
}
