/**
 * Runs work after a request has been acknowledged, at most `concurrency` at a time, in arrival order.
 * Keeping the backlog here (not in the event loop) lets new requests be acknowledged at once even while
 * earlier work is still being done; the embedded database runs queries on the main thread.
 */
export class WorkQueue {
  private readonly waiting: (() => Promise<void>)[] = [];
  private running = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  get size(): number {
    return this.waiting.length + this.running;
  }

  push(task: () => Promise<void>): void {
    this.waiting.push(task);
    this.pump();
  }

  /** Resolves when nothing is queued or running (used on shutdown). */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const task = this.waiting.shift() as () => Promise<void>;
      this.running++;
      // setImmediate lets pending I/O (new requests to acknowledge) run before the task starts.
      setImmediate(() => {
        task()
          .catch(this.onError)
          .finally(() => {
            this.running--;
            this.pump();
            if (this.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
          });
      });
    }
  }
}
