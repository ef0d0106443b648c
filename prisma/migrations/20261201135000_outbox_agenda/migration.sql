-- Outgoing messages belong to an agenda (a region): each instance sends only its own, with its own tokens.
ALTER TABLE "outbox_message" ADD COLUMN "agenda_id" INTEGER;

-- Messages already queued in a database with one agenda are that agenda's; with several they stay unscoped.
UPDATE "outbox_message" SET "agenda_id" = (SELECT id FROM "agenda") WHERE (SELECT count(*) FROM "agenda") = 1;

ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;
