-- Forgetting a person (`persoon vergeet`, AVG/GDPR) pseudonymises their name and e-mail address inside the free
-- text of the history. The append-only rules allow exactly that and nothing else: an UPDATE inside a transaction
-- that set `doe.forget_person` (SET LOCAL / set_config(..., true)) to the id of a person already pseudonymised
-- (e-mail `vergeten-<id>@invalid`), changing only the row's free-text columns. Every other UPDATE, and every
-- DELETE, is refused as before.
CREATE OR REPLACE FUNCTION forgetting_allows(old_row jsonb, new_row jsonb, text_columns text[]) RETURNS boolean AS $$
DECLARE
  forgotten text := current_setting('doe.forget_person', true);
BEGIN
  IF forgotten IS NULL OR forgotten !~ '^[0-9]{1,9}$' THEN
    RETURN false;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "person" p WHERE p.id = forgotten::int AND p.email = 'vergeten-' || p.id || '@invalid') THEN
    RETURN false;
  END IF;
  RETURN (old_row - text_columns) = (new_row - text_columns);
END;
$$ LANGUAGE plpgsql;

-- status_change, note, funding_entry and measurement: their free text only.
CREATE OR REPLACE FUNCTION refuse_history_rewrite() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND forgetting_allows(to_jsonb(OLD), to_jsonb(NEW), CASE TG_TABLE_NAME
       WHEN 'note' THEN ARRAY['text']
       WHEN 'funding_entry' THEN ARRAY['note', 'source']
       ELSE ARRAY['note'] END) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'history is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

-- Escalations: the question and the answer (or reason) only; otherwise resolved once, as before.
CREATE OR REPLACE FUNCTION guard_escalation_history() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'escalations are kept: DELETE on escalation is not allowed' USING ERRCODE = 'restrict_violation';
  END IF;
  IF forgetting_allows(to_jsonb(OLD), to_jsonb(NEW), ARRAY['question', 'resolution']) THEN
    RETURN NEW;
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
