import { useState } from 'react';
import { fetchSubmissionsCsv, type SubmissionFilter } from './office-api';
import { useStrings } from '../i18n/strings';

interface CsvButtonProps {
  token: string;
  filter: SubmissionFilter;
}

/**
 * Downloads the filtered list as CSV. A plain link cannot carry the bearer
 * token, so the file is fetched and handed to the browser as a blob.
 */
export function CsvButton({ token, filter }: CsvButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const text = useStrings().office;

  async function download() {
    setBusy(true);
    setError(undefined);
    try {
      const file = await fetchSubmissionsCsv(token, filter);
      saveBlob(file, 'bao-cao-da-nop.csv');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" onClick={download} disabled={busy}>
        {busy ? text.csvBusy : text.csv}
      </button>
      {error && (
        <span className="office-alert" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

function saveBlob(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
