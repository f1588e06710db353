/** What it took to get one report acknowledged. */
export interface SendOutcome {
  /** 201 (first store) or 200 (a retry found it stored); else the refusal. */
  status: number;
  attempts: number;
  /** Attempts the sender cut off mid-flight on purpose. */
  aborted: number;
  body: unknown;
}

export interface SendOptions {
  /** Chance (0–1) to abort an attempt mid-flight, as a dropped line would. */
  abortChance?: number;
  /** Give up after this moment (ms since epoch). */
  deadline?: number;
  /** Per-attempt time limit. */
  timeoutMs?: number;
}

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Call to send one envelope the way the app's outbox does: the same body,
 * same submissionId, again and again until the server acknowledges it or
 * refuses it for good (a 4xx other than 408/429).
 */
export async function sendReport(
  baseUrl: string,
  envelope: unknown,
  options: SendOptions = {},
): Promise<SendOutcome> {
  const { abortChance = 0, deadline = Infinity, timeoutMs = 10_000 } = options;
  const body = JSON.stringify(envelope);
  let attempts = 0;
  let aborted = 0;
  while (Date.now() < deadline) {
    attempts++;
    const controller = new AbortController();
    const limit = setTimeout(() => controller.abort(), timeoutMs);
    if (Math.random() < abortChance) {
      setTimeout(() => controller.abort(), Math.random() * 30);
    }
    try {
      const response = await fetch(`${baseUrl}/api/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: controller.signal,
      });
      const answer = await response.json();
      if (!RETRYABLE.has(response.status)) {
        return { status: response.status, attempts, aborted, body: answer };
      }
    } catch {
      // Refused, reset or aborted: exactly what a retry is for.
      if (controller.signal.aborted) aborted++;
    } finally {
      clearTimeout(limit);
    }
    const backoff = Math.min(20 + attempts * 30, 500);
    await new Promise((resolve) => setTimeout(resolve, backoff));
  }

  return { status: 0, attempts, aborted, body: undefined };
}
