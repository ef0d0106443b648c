-- A round remembers who started it (a leader or the schedule) and its language; each recipient the actions in
-- their message and where it went (null: the person cannot be reached in chat, the leader is told instead).
ALTER TABLE "reminder_round" ADD COLUMN     "automatic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'nl';

ALTER TABLE "round_recipient" ADD COLUMN     "codes" TEXT[],
ADD COLUMN     "platform" "Platform",
ADD COLUMN     "target" TEXT;

-- At most one open round per agenda, also when two instances start one at the same moment.
CREATE UNIQUE INDEX "reminder_round_one_open" ON "reminder_round" ("agenda_id") WHERE status = 'open';
