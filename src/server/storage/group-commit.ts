/** One item's result inside a committed batch: a value or its own error. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommit<T, R> {
  /** Resolves once the batch holding `item` has committed. */
  enqueue(item: T): Promise<R>;
  /** Commit whatever is queued now, without waiting for the next turn. */
  flush(): void;
}

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Call once per store: collects the items queued during one turn of the
 * event loop (or up to `maxBatch`) and hands them to `commit` together, so
 * many reports share one transaction and one sync to disk. `commit` settles
 * each item on its own; if it throws, the whole batch failed and every
 * item is rejected with that error.
 */
export function createGroupCommit<T, R>(
  commit: (items: T[]) => Settled<R>[],
  maxBatch = 256,
): GroupCommit<T, R> {
  let queue: Waiting<T, R>[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let results: Settled<R>[];
    try {
      results = commit(batch.map((waiting) => waiting.item));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    batch.forEach((waiting, index) => {
      const result = results[index];
      if (result.ok) waiting.resolve(result.value);
      else waiting.reject(result.error);
    });
  }

  function enqueue(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (queue.length >= maxBatch) return flush();
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  }

  return { enqueue, flush };
}
