/** The slice of an idb transaction that `runInTransaction` needs. */
interface AbortableTransaction {
  done: Promise<void>;
  error: DOMException | null;
  abort(): void;
}

/**
 * Runs `work` (IndexedDB requests only, never other awaits) and waits for the
 * transaction to commit. On any failure the whole transaction is aborted, so
 * a half-written draft never lands, and the transaction's own error (e.g.
 * QuotaExceededError) is preferred over the AbortError of one request.
 */
export async function runInTransaction<T>(
  tx: AbortableTransaction,
  work: () => Promise<T>,
): Promise<T> {
  // The caller sees the failure through `work` or the await below; this only
  // stops an unobserved rejection when `work` fails first.
  tx.done.catch(() => undefined);
  try {
    const result = await work();
    await tx.done;

    return result;
  } catch (error) {
    abortIfActive(tx);
    throw tx.error ?? error;
  }
}

function abortIfActive(tx: AbortableTransaction): void {
  try {
    tx.abort();
  } catch (error) {
    // InvalidStateError means it already ended (aborted by the failure).
    if ((error as { name?: string }).name !== 'InvalidStateError') throw error;
  }
}

/**
 * Issues requests in order and waits for all. If one throws while being
 * issued (as `put` does for a full disk), the ones already issued fail with
 * AbortError when the transaction aborts; that is expected, not unhandled.
 */
export function issueAll(
  ...requests: (() => Promise<unknown>)[]
): Promise<unknown[]> {
  const issued: Promise<unknown>[] = [];
  try {
    for (const request of requests) {
      const pending = request();
      pending.catch(() => undefined);
      issued.push(pending);
    }
  } catch (error) {
    return Promise.reject(error);
  }

  return Promise.all(issued);
}
