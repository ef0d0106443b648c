/**
 * Posts replies to a Slack `response_url`. Slack answers 429 (with Retry-After) or 5xx when busy: those are
 * retried with back-off, honouring Retry-After, so the user's reply is not lost.
 */
import type { KnownBlock } from "@slack/types";

export interface ResponsePayload {
  text: string;
  blocks?: KnownBlock[];
  response_type?: "ephemeral" | "in_channel";
  replace_original?: boolean;
}

export interface RetryPolicy {
  attempts: number;
  /** First back-off in ms when the server gives no Retry-After; doubles each try. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

export class ResponseUrlError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`response_url answered ${status}: ${body.slice(0, 200)}`);
    this.name = "ResponseUrlError";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Delay before the next try: Retry-After (seconds) when given, else exponential back-off. */
export function retryDelay(retryAfter: string | null, attempt: number, policy: RetryPolicy): number {
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, policy.maxDelayMs);
  return Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
}

export async function postToResponseUrl(url: string, payload: ResponsePayload, policy: RetryPolicy = DEFAULT_RETRY): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    let status: number;
    let body = "";
    let retryAfter: string | null = null;
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
      status = response.status;
      body = await response.text();
      retryAfter = response.headers.get("retry-after");
      if (response.ok) return;
    } catch (error) {
      status = 0;
      body = error instanceof Error ? error.message : String(error);
    }
    const retryable = status === 0 || status === 429 || status >= 500;
    if (!retryable || attempt + 1 >= policy.attempts) throw new ResponseUrlError(status, body);
    await sleep(retryDelay(retryAfter, attempt, policy));
  }
}
