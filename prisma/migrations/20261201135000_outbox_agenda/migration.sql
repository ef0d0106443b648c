-- Outgoing messages and acknowledged commands belong to an agenda (a region): each instance sends and resumes only its own.
ALTER TABLE "outbox_message" ADD COLUMN "agenda_id" INTEGER;

-- Messages already queued in a database with one agenda are that agenda's; with several they stay unscoped.
UPDATE "outbox_message" SET "agenda_id" = (SELECT id FROM "agenda") WHERE (SELECT count(*) FROM "agenda") = 1;

ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Acknowledged commands belong to an agenda too: an instance resumes only its own region's.
ALTER TABLE "command_journal" ADD COLUMN "agenda_id" INTEGER;
UPDATE "command_journal" SET "agenda_id" = (SELECT id FROM "agenda") WHERE (SELECT count(*) FROM "agenda") = 1;
