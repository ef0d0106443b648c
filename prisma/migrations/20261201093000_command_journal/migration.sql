-- Commands acknowledged to their users, stored before the acknowledgement and run after a crash until answered.
-- CreateTable
CREATE TABLE "command_journal" (
    "id" BIGSERIAL NOT NULL,
    "request_key" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "request" JSONB NOT NULL,
    "answer" JSONB,
    "owner" TEXT NOT NULL,
    "lease_until" TIMESTAMP(3) NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "command_journal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "command_journal_request_key_key" ON "command_journal"("request_key");

-- CreateIndex
CREATE INDEX "command_journal_lease_until_idx" ON "command_journal"("lease_until");

-- CreateIndex
CREATE INDEX "command_journal_finished_at_idx" ON "command_journal"("finished_at");

