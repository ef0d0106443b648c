/** E-mail for the service: with SMTP_URL, the outbox's `mail` sender and its health (checked once at start). */
import type { MailConfig } from "../config/mail-config.js";
import type { MessageSender } from "../core/delivery/delivery-worker.js";
import type { Logger } from "../logging.js";
import { MailHealth } from "./mail-health.js";

/** How long the start waits for the SMTP server's greeting before it goes on (the part stays "down" until it answers). */
const CHECK_MS = 5000;

export async function startMail(config: MailConfig, logger: Logger): Promise<{ sender: MessageSender | null; health: MailHealth }> {
  const health = new MailHealth(config.smtpUrl !== null);
  if (!config.smtpUrl) {
    logger.info("E-mail is off: set SMTP_URL to reach leads without a Slack or Teams account");
    return { sender: null, health };
  }
  // nodemailer (some 10 MB) is loaded only when mail is on.
  const { createMailTransport, SmtpSender } = await import("./smtp-sender.js");
  const transport = createMailTransport(config.smtpUrl);
  const checked = health.check(transport).then((ok) => {
    if (ok) logger.info({ from: config.from, perSecond: config.messagesPerSecond }, "e-mail ready");
    else logger.error("the SMTP server (SMTP_URL) does not answer; mails wait in the outbox until it does");
  });
  await Promise.race([checked, new Promise((resolve) => setTimeout(resolve, CHECK_MS).unref())]);
  return { sender: new SmtpSender(transport, config.from, health), health };
}
