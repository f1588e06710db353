import type { CheckReply, CheckRequest } from './check-work';
import type { PostedRequest } from './check-worker';

type Answer = { id: number; reply?: CheckReply; failure?: string };

interface Pending {
  request: CheckRequest;
  resolve: (reply: CheckReply) => void;
  reject: (error: Error) => void;
}

/** Where checks run: a worker when the browser starts one, else this page. */
export interface Checker {
  run(request: CheckRequest): Promise<CheckReply>;
  /** Resolves once answers were first sent to be checked. */
  answersAsked: Promise<void>;
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./check-worker.ts', import.meta.url), {
      type: 'module',
      name: 'kiem-tra',
    });
  } catch (error) {
    console.warn(error);
    return undefined;
  }
}

// On the page: loaded only when no worker could start, and run when the
// page is idle so the first screen paints first.
function runHere(request: CheckRequest): Promise<CheckReply> {
  return new Promise((resolve, reject) => {
    const run = () =>
      import('./check-work')
        .then(({ runCheck }) => resolve(runCheck(request)))
        .catch(reject);
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(run, { timeout: 1000 });
    } else setTimeout(run, 0);
  });
}

function createChecker(): Checker {
  let worker = startWorker();
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // Definitions given so far, replayed on the page if the worker dies.
  const definitions: CheckRequest[] = [];
  let answersSent = () => {};
  const answersAsked = new Promise<void>((resolve) => (answersSent = resolve));

  const fallBack = () => {
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.values()];
    pending.clear();
    const given = definitions.filter(
      (d) => !waiting.some((w) => w.request === d),
    );
    for (const request of given) void runHere(request).catch(() => undefined);
    for (const item of waiting) {
      runHere(item.request).then(item.resolve, item.reject);
    }
  };
  worker?.addEventListener('message', (event: MessageEvent<Answer>) => {
    const { id, reply, failure } = event.data;
    const item = pending.get(id);
    pending.delete(id);
    if (reply) item?.resolve(reply);
    else item?.reject(new Error(failure));
  });
  worker?.addEventListener('error', (event) => {
    console.warn(
      'Bộ kiểm tra không chạy được riêng; kiểm tra trên trang.',
      event,
    );
    fallBack();
  });

  return {
    answersAsked,
    run(request) {
      if (request.kind === 'answers') answersSent();
      else definitions.push(request);
      if (!worker) return runHere(request);
      const id = nextId++;
      const posted: PostedRequest = { id, request };

      return new Promise((resolve, reject) => {
        pending.set(id, { request, resolve, reject });
        worker?.postMessage(posted);
      });
    },
  };
}

let shared: Checker | undefined;

/** The page's one checker; started on first use. */
export function checker(): Checker {
  shared ??= createChecker();

  return shared;
}
