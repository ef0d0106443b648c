-- An outbox message is worth sending until this time (a reminder until its round's follow-up): a rate limit is
-- waited out until then, without counting as a failed attempt. Null: a week after the message was queued.
ALTER TABLE "outbox_message" ADD COLUMN     "useful_until" TIMESTAMP(3);
