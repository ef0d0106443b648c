-- A channel's digest schedule can be changed (`digest schema vrijdag 14:00`); occurrences before the change are not caught up.
ALTER TABLE "channel_link" ADD COLUMN     "schedule_changed_at" TIMESTAMP(3);
