-- Funding as a tracked decision (issue 12, part 2): the state on the action, an append-only history, and what a
-- reminder round asks about. Existing actions are seeded from their free text by the rule of seedFunding()
-- (src/core/domain/funding.ts): open where it says 'nader te bepalen', is empty or unknown; else the named source, granted.
-- CreateEnum
CREATE TYPE "FundingStatus" AS ENUM ('nader_te_bepalen', 'aangevraagd', 'toegekend', 'afgewezen');

-- AlterTable
ALTER TABLE "action" ADD COLUMN     "funding_amount_cents" BIGINT,
ADD COLUMN     "funding_changed_at" TIMESTAMP(3),
ADD COLUMN     "funding_note" TEXT,
ADD COLUMN     "funding_source" TEXT,
ADD COLUMN     "funding_status" "FundingStatus" NOT NULL DEFAULT 'nader_te_bepalen';

-- AlterTable
ALTER TABLE "reminder_round" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'status';

-- CreateTable
CREATE TABLE "funding_entry" (
    "id" BIGSERIAL NOT NULL,
    "action_id" INTEGER NOT NULL,
    "from_status" "FundingStatus",
    "to_status" "FundingStatus" NOT NULL,
    "source" TEXT,
    "amount_cents" BIGINT,
    "note" TEXT,
    "person_id" INTEGER,
    "channel" "Channel" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "funding_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "funding_entry_action_id_created_at_idx" ON "funding_entry"("action_id", "created_at");

-- AddForeignKey
ALTER TABLE "funding_entry" ADD CONSTRAINT "funding_entry_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The funding history is append-only, like the status history and the notes.
CREATE TRIGGER funding_entry_append_only
  BEFORE UPDATE OR DELETE ON "funding_entry"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

-- Seed the actions already imported from their free text, and give each the import's first history row.
UPDATE "action" SET
  "funding_status" = CASE WHEN "financiering" ~* '^\s*$|nader\s+te\s+bepalen|^\s*(onbekend|n\.?t\.?b\.?|\?+|-)\s*$'
    THEN 'nader_te_bepalen'::"FundingStatus" ELSE 'toegekend'::"FundingStatus" END,
  "funding_source" = CASE WHEN "financiering" ~* '^\s*$|nader\s+te\s+bepalen|^\s*(onbekend|n\.?t\.?b\.?|\?+|-)\s*$'
    THEN NULL ELSE btrim("financiering") END;

INSERT INTO "funding_entry" ("action_id", "from_status", "to_status", "source", "note", "channel", "created_at")
SELECT "id", NULL, "funding_status", "funding_source", "financiering", 'import', "created_at" FROM "action";
