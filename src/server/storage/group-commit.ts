/** One item's result inside a committed batch: a value or its own error. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommit<T, R> {
  /** Resolves once the batch holding `item` has committed. */
  enqueue(item: T): Promise<R>;
  /** Resolves when everything queued so far has been committed. */
  drain(): Promise<void>;
}

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Call once per store: hands `commit` the items queued during one turn of
 * the event loop, and while that batch commits, collects the next one, so
 * many reports share one transaction and one sync to disk. `commit`
 * settles each item on its own; if it fails, every item of its batch is
 * rejected with that error.
 */
export function createGroupCommit<T, R>(
  commit: (items: T[]) => Promise<Settled<R>[]>,
  maxBatch = 256,
): GroupCommit<T, R> {
  let queue: Waiting<T, R>[] = [];
  let running: Promise<void> | undefined;
  let scheduled = false;

  async function commitBatch(batch: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await commit(batch.map((waiting) => waiting.item));
      batch.forEach((waiting, index) => {
        const result = results[index];
        if (result.ok) waiting.resolve(result.value);
        else waiting.reject(result.error);
      });
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }

  function next(): void {
    scheduled = false;
    if (running || queue.length === 0) return;
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    running = commitBatch(batch).finally(() => {
      running = undefined;
      next();
    });
  }

  function enqueue(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!scheduled && !running) {
        scheduled = true;
        setImmediate(next);
      }
    });
  }

  async function drain(): Promise<void> {
    while (running || queue.length > 0) {
      next();
      await running;
    }
  }

  return { enqueue, drain };
}
