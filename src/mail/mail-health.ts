/**
 * The "mail" part of `/healthz`: "not configured" without SMTP_URL; with it, "up" once the server answered (the
 * check at start, or the last send) and "down" until then and while it does not answer.
 */
import type { Transporter } from "nodemailer";
import type { PartState } from "../server/http-server.js";

export class MailHealth {
  private up: boolean | null = null;

  constructor(private readonly configured: boolean) {}

  get state(): PartState {
    if (!this.configured) return "not configured";
    return this.up ? "up" : "down";
  }

  report(answered: boolean): void {
    this.up = answered;
  }

  /** Asks the server once (connect and greet); the result stands until a send says otherwise. */
  async check(transport: Pick<Transporter, "verify">): Promise<boolean> {
    const answered = await transport.verify().then(
      () => true,
      () => false,
    );
    this.report(answered);
    return answered;
  }
}
