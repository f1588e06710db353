import type { CheckReply, CheckRequest } from './check-work';
import { whenIdle } from './when-idle';

/** Runs definition and answer checks on this page, when it is idle. */
export interface Checker {
  run(request: CheckRequest): Promise<CheckReply>;
  /** Resolves once answers were first sent to be checked. */
  answersAsked: Promise<void>;
}

// A worker's own copy of ajv and the core would cost more bytes and memory
// than it saves time; waiting for idle moments keeps checks off typing's
// turn, and a long check yields between sections (see check-work).
function createChecker(): Checker {
  // One after another, in the order asked: a definition before the answers
  // checked against it.
  let queue: Promise<unknown> = Promise.resolve();
  let answersSent = () => {};
  const answersAsked = new Promise<void>((resolve) => (answersSent = resolve));

  return {
    answersAsked,
    run(request) {
      if (request.kind === 'answers') answersSent();
      // Loaded at the first idle moment, so the first screen paints first.
      const reply = queue.then(whenIdle).then(async () => {
        const { runCheck } = await import('./check-work');
        return runCheck(request);
      });
      queue = reply.catch(() => undefined);

      return reply;
    },
  };
}

let shared: Checker | undefined;

/** The page's one checker; started on first use. */
export function checker(): Checker {
  shared ??= createChecker();

  return shared;
}
