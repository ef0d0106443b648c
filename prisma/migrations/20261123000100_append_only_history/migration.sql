-- The status history and the notes are append-only: refuse UPDATE and DELETE at the database.
CREATE OR REPLACE FUNCTION refuse_history_rewrite() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'history is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER status_change_append_only
  BEFORE UPDATE OR DELETE ON "status_change"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

CREATE TRIGGER note_append_only
  BEFORE UPDATE OR DELETE ON "note"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
