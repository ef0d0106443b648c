/**
 * Where the JSON log lines go: stdout (or stderr), written asynchronously and never allowed to stop the process.
 *
 * pino's own destination (sonic-boom) flushes synchronously when the process exits and retries a failed write
 * for ever: with stdout on a pipe whose reader is gone (`npm start | tee log` and Ctrl-C, a log shipper
 * restarting), `process.exit` then never returns and the service keeps its port and data folder. This stream
 * writes one chunk at a time with `fs.write`, waits out a full pipe (EAGAIN), stops logging for good when the
 * reader is gone (EPIPE or any other error), keeps at most `maxBufferedBytes` waiting (older lines are dropped
 * and counted) and never writes synchronously, so shutting down cannot hang on it.
 */
import { write } from "node:fs";

export interface LogStreamOptions {
  /** Lines waiting for a slow reader beyond this are dropped (default 8 MB). */
  maxBufferedBytes?: number;
  /** Turns each JSON line into what is written (readable lines for a terminal); default: the line as it is. */
  format?: (line: string) => string;
}

const RETRY_MS = 20;

export class LogStream {
  private readonly queue: Buffer[] = [];
  private queuedBytes = 0;
  private writing = false;
  private closed = false;
  private dropped = 0;
  private reported = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly maxBufferedBytes: number;
  private readonly format: ((line: string) => string) | undefined;

  constructor(
    private readonly fd: number,
    options: LogStreamOptions = {},
  ) {
    this.maxBufferedBytes = options.maxBufferedBytes ?? 8 * 1024 * 1024;
    this.format = options.format;
  }

  /** True once the reader went away; nothing is written after that. */
  get broken(): boolean {
    return this.closed;
  }

  /** Lines dropped because the reader was too slow. */
  get droppedLines(): number {
    return this.dropped;
  }

  write(chunk: string | Buffer): boolean {
    if (this.closed) return true;
    const text = this.format ? this.format(chunk.toString()) : chunk;
    const buffer = typeof text === "string" ? Buffer.from(text) : text;
    if (this.queuedBytes + buffer.length > this.maxBufferedBytes) {
      this.dropped++;
      return true;
    }
    this.queue.push(buffer);
    this.queuedBytes += buffer.length;
    this.pump();
    return true;
  }

  /** Calls back once everything queued is written (or can no longer be); pino's `logger.flush` uses it. */
  flush(callback: (error?: Error) => void = () => undefined): void {
    if (!this.writing && this.queue.length === 0) {
      callback();
      return;
    }
    this.waiting.push(() => callback());
  }

  /** Resolves when the queue is written, or after `ms`, whichever comes first; never rejects. */
  drained(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      this.flush(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private pump(): void {
    if (this.writing || this.closed) return;
    if (this.queue.length === 0 && this.dropped > this.reported) {
      // The reader caught up: say (once) how many lines it missed, in the log's own format.
      const count = this.dropped - this.reported;
      this.reported = this.dropped;
      const json = `${JSON.stringify({ level: 40, time: Date.now(), service: "doe-agenda-bot", dropped: count, msg: "log lines dropped: the reader of the log was too slow" })}\n`;
      const line = this.format ? this.format(json) : json;
      this.queue.push(Buffer.from(line));
      this.queuedBytes += Buffer.byteLength(line);
    }
    const next = this.queue[0];
    if (!next) {
      for (const done of this.waiting.splice(0)) done();
      return;
    }
    this.writing = true;
    write(this.fd, next, 0, next.length, null, (error, written) => {
      this.writing = false;
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EAGAIN" || code === "EBUSY") {
          // A full pipe: the reader is slow, not gone. Try again shortly without holding the event loop.
          setTimeout(() => this.pump(), RETRY_MS).unref();
          return;
        }
        // EPIPE (the reader is gone) or worse: stop logging rather than stop the service.
        this.closed = true;
        this.queue.length = 0;
        this.queuedBytes = 0;
        for (const done of this.waiting.splice(0)) done();
        return;
      }
      if (written < next.length) {
        this.queue[0] = next.subarray(written);
      } else {
        this.queue.shift();
      }
      this.queuedBytes -= written;
      this.pump();
    });
  }
}
