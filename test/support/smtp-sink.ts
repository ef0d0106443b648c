/**
 * A real SMTP server on loopback (the `smtp-server` package) that keeps every mail it accepts. Per recipient it can
 * refuse for a while with a temporary reply (4xx) or for good (5xx), as a mail relay does.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { waitUntil } from "./wait.js";

export interface ReceivedMail {
  to: string;
  raw: string;
  subject: string;
  /** The text part, quoted-printable decoded. */
  text: string;
  messageId: string;
  /** When it was received (ms since 1970). */
  at: number;
}

/** Undoes quoted-printable (soft line breaks and =XX bytes). */
function unquote(body: string): string {
  const joined = body.replace(/=\r?\n/g, "");
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
}

function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, "im").exec(raw);
  return (match?.[1] ?? "").replace(/\r?\n[ \t]/g, " ").trim();
}

/** The text/plain part of a mail nodemailer wrote. */
function textPart(raw: string): string {
  const match = /Content-Type: text\/plain[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n--/i.exec(raw);
  return unquote(match?.[1] ?? "");
}

export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  /** Recipient → replies still to give: `{ code: 451, times: 2 }` refuses twice, then accepts. */
  readonly refusals = new Map<string, { code: number; times: number }>();
  private server: SMTPServer | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const refusal = this.refusals.get(address.address.toLowerCase());
        if (refusal && refusal.times > 0) {
          refusal.times--;
          const error = Object.assign(new Error(refusal.code >= 500 ? "mailbox unavailable" : "try again later"), { responseCode: refusal.code });
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          for (const rcpt of session.envelope.rcptTo) {
            this.mails.push({
              to: rcpt.address.toLowerCase(),
              raw,
              subject: header(raw, "Subject"),
              text: textPart(raw),
              messageId: header(raw, "Message-ID"),
              at: Date.now(),
            });
          }
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.to === address.toLowerCase());
  }

  async waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
    await waitUntil(condition, timeoutMs, what);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
