import { runCheck, type CheckRequest } from './check-work';

/** A request as posted to the worker, numbered to match its reply. */
export interface PostedRequest {
  id: number;
  request: CheckRequest;
}

// Checks run here so that compiling and validating the whole report never
// holds up typing, and their memory is not the page's.
self.addEventListener('message', (event: MessageEvent<PostedRequest>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, reply: runCheck(request) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ id, failure: message });
  }
});
