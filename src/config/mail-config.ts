/**
 * E-mail settings from the environment, validated with zod. Without SMTP_URL nothing is mailed: leads without a
 * chat account stay unreachable, and the round preview says so.
 */
import { z } from "zod";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Defaults: 2 mails a second (a modest relay's limit), links valid for 14 days. */
export const DEFAULT_MAIL_RATE = 2;
export const DEFAULT_UPDATE_LINK_DAYS = 14;

export const mailEnvSchema = z.object({
  SMTP_URL: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^smtps?:\/\/[^\s]+$/i, "must be an smtp:// or smtps:// address, e.g. smtp://user:password@mail.example.nl:587")
      .optional(),
  ),
  MAIL_FROM: z.preprocess(blank, z.string().trim().min(3).max(200).optional()),
  MAIL_MESSAGES_PER_SECOND: z.preprocess(blank, z.coerce.number().positive().max(100).default(DEFAULT_MAIL_RATE)),
  UPDATE_LINK_DAYS: z.preprocess(blank, z.coerce.number().int().min(1).max(90).default(DEFAULT_UPDATE_LINK_DAYS)),
});

export const MAIL_HINTS: Record<string, string> = {
  SMTP_URL: "smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465",
  MAIL_FROM: 'the sender, e.g. MAIL_FROM="Doe-agenda <doe-agenda@haarlem.nl>"',
  MAIL_MESSAGES_PER_SECOND: "mails per second through the relay, e.g. MAIL_MESSAGES_PER_SECOND=2",
  UPDATE_LINK_DAYS: "days an e-mailed update link stays valid (1-90), e.g. UPDATE_LINK_DAYS=14",
};

export interface MailConfig {
  /** Null: nothing is mailed. */
  smtpUrl: string | null;
  /** The From of every mail; default doe-agenda@ the SMTP host. */
  from: string;
  /** Mails per second for the whole service (the outbox paces to it). */
  messagesPerSecond: number;
  /** How long the link in a lead's mail stays valid. */
  updateLinkDays: number;
}

export function mailConfigOf(e: z.infer<typeof mailEnvSchema>): MailConfig {
  const host = e.SMTP_URL ? /^smtps?:\/\/(?:[^@/]*@)?([^:/?]+)/i.exec(e.SMTP_URL)?.[1] : undefined;
  return {
    smtpUrl: e.SMTP_URL ?? null,
    from: e.MAIL_FROM ?? `Doe-agenda <doe-agenda@${host ?? "localhost"}>`,
    messagesPerSecond: e.MAIL_MESSAGES_PER_SECOND,
    updateLinkDays: e.UPDATE_LINK_DAYS,
  };
}
