/** How long delivered messages and seen events are kept (AVG/GDPR retention), from the environment, validated with zod. */
import { z } from "zod";
import { DEFAULT_RETENTION, type RetentionSettings } from "../core/schedule/retention-sweep.js";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const retentionEnvSchema = z.object({
  RETENTION_OUTBOX_DAYS: z.preprocess(blank, z.coerce.number().int().min(1).max(3650).default(DEFAULT_RETENTION.outboxDays)),
  RETENTION_EVENTS_HOURS: z.preprocess(
    blank,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 365)
      .default(DEFAULT_RETENTION.eventsHours),
  ),
});

export const RETENTION_HINTS: Record<string, string> = {
  RETENTION_OUTBOX_DAYS: "a number of days (1–3650) that sent messages are kept, e.g. RETENTION_OUTBOX_DAYS=90",
  RETENTION_EVENTS_HOURS: "a number of hours (at least 1) that seen events and answered commands are kept, e.g. RETENTION_EVENTS_HOURS=1",
};

export function retentionConfigOf(e: z.infer<typeof retentionEnvSchema>): RetentionSettings {
  return { outboxDays: e.RETENTION_OUTBOX_DAYS, eventsHours: e.RETENTION_EVENTS_HOURS };
}
