import { useEffect, useState } from 'react';
import { createHttpFormsSource, loadDefinition } from '../../core/catalog';
import type { FormDefinition } from '../../core/definition/types';
import { fetchSubmission, OfficeApiError } from './office-api';
import {
  readStoredSubmission,
  type StoredEnvelope,
  type StoredReceipt,
} from './stored-submission';
import { appStrings } from '../i18n/strings';

export type SubmissionState =
  | { status: 'loading' }
  | { status: 'failed'; message: string; tokenProblem: boolean }
  | {
      status: 'loaded';
      envelope: StoredEnvelope;
      receipt: StoredReceipt;
      definition: FormDefinition;
    };

/**
 * Call in the office's submission view: loads the envelope, then the very
 * form version it was filled in, so old reports show as they were sent.
 */
export function useSubmission(
  token: string,
  submissionId: string,
): SubmissionState {
  const [state, setState] = useState<SubmissionState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    loadSubmission(token, submissionId).then(
      (loaded) => current && setState(loaded),
      (error: unknown) => current && setState(failed(error)),
    );

    return () => {
      current = false;
    };
  }, [token, submissionId]);

  return state;
}

async function loadSubmission(
  token: string,
  submissionId: string,
): Promise<SubmissionState> {
  const { envelope, receipt } = readStoredSubmission(
    await fetchSubmission(token, submissionId),
  );
  const source = createHttpFormsSource(
    new URL('forms/', document.baseURI).href,
  );
  const definition = await loadDefinition(
    source,
    envelope.formId,
    envelope.formVersion,
  );

  return { status: 'loaded', envelope, receipt, definition };
}

function failed(error: unknown): SubmissionState {
  const tokenProblem =
    error instanceof OfficeApiError ? error.isTokenProblem : false;
  const message =
    error instanceof Error ? error.message : appStrings().office.openFailed;

  return { status: 'failed', message, tokenProblem };
}
