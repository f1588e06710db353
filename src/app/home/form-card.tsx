import { useState } from 'react';
import type { CatalogForm, CatalogVersion } from '../../core/definition/types';
import { ProblemList } from './problem-list';
import { useStrings } from '../i18n/strings';

interface VersionRowProps {
  form: CatalogForm;
  version: CatalogVersion;
}

// A form.json problem breaks every version: the server loads each version
// together with its form.json and refuses reports for any that fail.
function whyUnusable(form: CatalogForm, version: CatalogVersion) {
  if (version.problems.length > 0) return 'version';
  if (form.problems.length > 0) return 'form';

  return undefined;
}

async function startReport(formId: string, version: string): Promise<void> {
  // Loaded on click: the home page stays free of storage code until needed.
  const { createDraftAndOpen } = await import('../drafts/create-draft');
  await createDraftAndOpen(formId, version);
}

function VersionRow({ form, version }: VersionRowProps) {
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const text = useStrings().home;
  const isCurrent = version.version === form.currentVersion;
  const unusable = whyUnusable(form, version);

  function onCreate() {
    setBusy(true);
    setFailure(undefined);
    startReport(form.formId, version.version).catch((error: unknown) => {
      setBusy(false);
      setFailure(
        text.createFailed(
          error instanceof Error ? error.message : String(error),
        ),
      );
    });
  }

  return (
    <li className="version-row">
      <span className="version-name">
        {text.version(version.version)}
        {isCurrent && <span className="badge">{text.current}</span>}
      </span>
      {unusable === 'version' && (
        <div className="notice notice-error" role="alert">
          <p>{text.brokenVersion}</p>
          <ProblemList problems={version.problems} />
        </div>
      )}
      {unusable === 'form' && (
        <p className="notice notice-error">{text.brokenForm}</p>
      )}
      {!unusable && (
        <button type="button" onClick={onCreate} disabled={busy}>
          {text.create}
          <span className="visually-hidden">
            {text.createHidden(version.version)}
          </span>
        </button>
      )}
      {failure && (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}

/** One form of the catalog, with a create button per usable version. */
export function FormCard({ form }: { form: CatalogForm }) {
  const text = useStrings().home;

  return (
    <article className="form-card" aria-labelledby={`form-${form.formId}`}>
      <h2 id={`form-${form.formId}`}>{form.title}</h2>
      {form.issuedBy && <p className="form-issuer">{form.issuedBy}</p>}
      {form.issuingDocument && (
        <p className="form-document">{form.issuingDocument}</p>
      )}
      {form.problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{text.formProblems}</p>
          <ProblemList problems={form.problems} />
        </div>
      )}
      <ul className="version-list">
        {form.versions.map((version) => (
          <VersionRow key={version.version} form={form} version={version} />
        ))}
      </ul>
    </article>
  );
}
