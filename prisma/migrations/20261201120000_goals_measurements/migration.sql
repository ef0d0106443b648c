-- Goals of actions with their measured values (append-only), and an optional deadline per action.
-- AlterTable
ALTER TABLE "action" ADD COLUMN     "deadline" DATE;

-- CreateTable
CREATE TABLE "goal" (
    "id" SERIAL NOT NULL,
    "action_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "unit" TEXT,
    "due_date" DATE,
    "from_file" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" INTEGER,
    "channel" "Channel" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measurement" (
    "id" BIGSERIAL NOT NULL,
    "goal_id" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "person_id" INTEGER,
    "channel" "Channel" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "measurement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "goal_due_date_idx" ON "goal"("due_date");

-- CreateIndex
CREATE UNIQUE INDEX "goal_action_id_number_key" ON "goal"("action_id", "number");

-- CreateIndex
CREATE INDEX "measurement_goal_id_created_at_idx" ON "measurement"("goal_id", "created_at");

-- AddForeignKey
ALTER TABLE "goal" ADD CONSTRAINT "goal_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_goal_id_fkey" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Measurements are history: refuse UPDATE and DELETE at the database, like status changes and notes.
CREATE TRIGGER measurement_append_only
  BEFORE UPDATE OR DELETE ON "measurement"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
