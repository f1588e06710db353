import { useState } from 'react';
import { DefinitionFailure } from '../definition/definition-failure';
import { useDefinition } from '../definition/use-definition';
import { routeHash } from '../shell/routes';
import { PrintDocument } from './print-document';
import { useStoredDraft } from './use-stored-draft';
import { useStrings } from '../i18n/strings';
import './print.css';

/** `#/in/<draftId>`: the report laid out for paper, with an "In" button. */
export default function PrintPage({ draftId }: { draftId: string }) {
  const draft = useStoredDraft(draftId);
  const [attempt, setAttempt] = useState(0);
  const strings = useStrings();
  const text = strings.print;
  const record = draft.status === 'ready' ? draft.draft : undefined;
  const definition = useDefinition(
    record?.formId,
    record?.formVersion,
    attempt,
  );

  if (draft.status === 'missing') {
    return (
      <p className="notice notice-error" role="alert">
        {strings.fill.missingBefore}
        <a href="#/ban-nhap">{strings.fill.missingLink}</a>.
      </p>
    );
  }
  if (draft.status === 'failed') {
    return (
      <p className="notice notice-error" role="alert">
        {draft.message}
      </p>
    );
  }
  if (!record || definition.status === 'loading') {
    return <p className="loading">{text.preparing}</p>;
  }
  if (definition.status === 'failed') {
    return (
      <DefinitionFailure
        error={definition.error}
        formId={record.formId}
        version={record.formVersion}
        onRetry={() => setAttempt((n) => n + 1)}
      />
    );
  }

  return (
    <div className="print-page">
      <p className="print-actions no-print">
        <button type="button" onClick={() => window.print()}>
          {text.print}
        </button>{' '}
        <a href={routeHash({ page: 'fill', draftId, section: 1 })}>
          {text.backToEdit}
        </a>
      </p>
      <PrintDocument
        definition={definition.definition}
        answers={record.answers}
      />
    </div>
  );
}
