/**
 * Sends the outbox's `mail` messages over SMTP (nodemailer): the target is the address. The SMTP reply decides what
 * the outbox does next: 4xx (and a lost connection) is temporary, so it is tried again with back-off; 5xx is
 * permanent, so it is given up and the leader is told. Each mail carries a Message-ID made from its outbox key, so a
 * mail server that sees it twice (a crash between sending and marking it sent) can tell.
 */
import { createHash } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import type { MessageSender, SendResult } from "../core/delivery/delivery-worker.js";
import type { Message } from "../core/messages/model.js";
import type { MailHealth } from "./mail-health.js";
import { renderMail } from "./mail-render.js";

/** What nodemailer's errors carry: the SMTP reply code, and its own code for connection problems. */
interface SmtpError {
  responseCode?: number;
  code?: string;
  response?: string;
  message?: string;
}

/** An SMTP failure as the outbox sees it. */
export function smtpResult(error: unknown): SendResult & { ok: false } {
  const e = (typeof error === "object" && error !== null ? error : { message: String(error) }) as SmtpError;
  const reply = e.response ?? e.message ?? "SMTP error";
  const code = e.responseCode;
  if (code !== undefined && code >= 500) return { ok: false, error: `SMTP ${code}: ${reply}`, permanent: true };
  if (code !== undefined && code >= 400) return { ok: false, error: `SMTP ${code}: ${reply}` };
  // No reply at all (refused, dropped, timed out): the server may be back soon.
  return { ok: false, error: `${e.code ?? "SMTP"}: ${reply}` };
}

/** A pooled transport (a few connections kept open, so a round does not connect once per mail), unless the URL says `pool=false`. */
export function createMailTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  return nodemailer.createTransport(url.toString());
}

export class SmtpSender implements MessageSender {
  constructor(
    private readonly transport: Pick<Transporter, "sendMail">,
    private readonly from: string,
    private readonly health?: MailHealth,
  ) {}

  async send(target: string, message: Message, deliveryKey?: string): Promise<SendResult> {
    const mail = renderMail(message);
    const id = createHash("sha256")
      .update(deliveryKey ?? `${target}:${message.summary}`)
      .digest("hex")
      .slice(0, 32);
    try {
      await this.transport.sendMail({
        from: this.from,
        to: target,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${id}@doe-agenda>`,
      });
      this.health?.report(true);
      return { ok: true };
    } catch (error) {
      const result = smtpResult(error);
      // A reply (even a refusal) means the server is up; no reply means it is not.
      this.health?.report((error as SmtpError).responseCode !== undefined);
      return result;
    }
  }
}
