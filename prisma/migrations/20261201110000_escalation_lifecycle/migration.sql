-- Escalations get a life cycle: a short number per agenda (`#12`), and an outcome when answered or closed.
CREATE TYPE "EscalationOutcome" AS ENUM ('answered', 'closed');

-- Answered or closed escalations shown in a channel's digest up to this time: each is shown there once.
ALTER TABLE "channel_link" ADD COLUMN     "escalations_shown_until" TIMESTAMP(3);

ALTER TABLE "escalation" ADD COLUMN     "agenda_id" INTEGER,
ADD COLUMN     "number" INTEGER,
ADD COLUMN     "outcome" "EscalationOutcome",
ADD COLUMN     "resolved_via" "Channel";

-- Existing escalations: the agenda of their action, numbered from 1 in the order they were raised.
UPDATE "escalation" e SET agenda_id = a.agenda_id FROM "action" a WHERE a.id = e.action_id;
UPDATE "escalation" e SET number = n.number
FROM (SELECT id, row_number() OVER (PARTITION BY agenda_id ORDER BY created_at, id)::int AS number FROM "escalation") n
WHERE n.id = e.id;
-- Nothing resolved escalations before; one resolved by hand counts as closed.
UPDATE "escalation" SET outcome = 'closed' WHERE resolved_at IS NOT NULL;

ALTER TABLE "escalation" ALTER COLUMN "agenda_id" SET NOT NULL, ALTER COLUMN "number" SET NOT NULL;

CREATE INDEX "escalation_agenda_id_resolved_at_idx" ON "escalation"("agenda_id", "resolved_at");

CREATE UNIQUE INDEX "escalation_agenda_id_number_key" ON "escalation"("agenda_id", "number");

ALTER TABLE "escalation" ADD CONSTRAINT "escalation_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- History is kept: an escalation is never deleted, and the only change it takes is being resolved, once
-- (resolved_at, resolved_by_id, resolution, outcome and resolved_via set together; nothing else changes).
CREATE OR REPLACE FUNCTION guard_escalation_history() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'escalations are kept: DELETE on escalation is not allowed' USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.resolved_at IS NOT NULL OR NEW.resolved_at IS NULL OR NEW.outcome IS NULL OR NEW.resolution IS NULL
     OR NEW.agenda_id <> OLD.agenda_id OR NEW.number <> OLD.number OR NEW.action_id <> OLD.action_id
     OR NEW.overleg_id IS DISTINCT FROM OLD.overleg_id OR NEW.question <> OLD.question
     OR NEW.raised_by_id IS DISTINCT FROM OLD.raised_by_id OR NEW.channel <> OLD.channel OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'an escalation is resolved once and not changed otherwise: this UPDATE is not allowed' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER escalation_resolved_once
  BEFORE UPDATE OR DELETE ON "escalation"
  FOR EACH ROW EXECUTE FUNCTION guard_escalation_history();
