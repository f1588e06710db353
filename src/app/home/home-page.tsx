import { FormCard } from './form-card';
import { ProblemList } from './problem-list';
import { useCatalog } from './use-catalog';
import { useStrings } from '../i18n/strings';

/** The start page: every form and version, and a way to the drafts. */
export function HomePage() {
  const state = useCatalog();
  const text = useStrings().home;

  return (
    <section className="page">
      <h1>{text.title}</h1>
      <p>
        {text.introBefore}
        <a href="#/ban-nhap">{text.introLink}</a>
        {text.introAfter}
      </p>
      {state.status === 'loading' && <p className="loading">{text.loading}</p>}
      {state.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>
            {text.catalogFailed} {state.message}
          </p>
          <p>
            {text.catalogHintBefore}
            <a href="#/ban-nhap">{text.catalogHintLink}</a>.
          </p>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          {state.catalog.problems.length > 0 && (
            <div className="notice notice-error" role="alert">
              <p>{text.unreadableFolders}</p>
              <ProblemList problems={state.catalog.problems} />
            </div>
          )}
          {state.catalog.forms.length === 0 && <p>{text.noForms}</p>}
          {state.catalog.forms.map((form) => (
            <FormCard key={form.formId} form={form} />
          ))}
        </>
      )}
    </section>
  );
}
