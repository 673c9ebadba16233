/** Per key: a steady rate with a burst on top, e.g. a CRM replaying a backlog. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export const DEFAULT_INTAKE_RATE: RateLimit = { perSecond: 50, burst: 200 };

/** A token bucket per intake key: one sender past its limit is refused without touching another's. */
export class KeyRateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Takes one token; when none is left, how many ms until one is. */
  take(keyId: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const now = this.now();
    const bucket = this.buckets.get(keyId) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    this.buckets.set(keyId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return {
      ok: false,
      retryAfterMs: Math.ceil(((1 - bucket.tokens) / this.limit.perSecond) * 1000),
    };
  }
}
