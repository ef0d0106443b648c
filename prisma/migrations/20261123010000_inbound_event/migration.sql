-- CreateTable
CREATE TABLE "inbound_event" (
    "platform" "Platform" NOT NULL,
    "event_id" TEXT NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_event_pkey" PRIMARY KEY ("platform","event_id")
);

-- CreateIndex
CREATE INDEX "inbound_event_received_at_idx" ON "inbound_event"("received_at");

