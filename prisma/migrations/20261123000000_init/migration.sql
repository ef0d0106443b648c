-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('loopt', 'nader_uit_te_werken', 'afgerond', 'gepauzeerd', 'vervallen');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('slack', 'teams');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('slack', 'teams', 'cli', 'import', 'system');

-- CreateTable
CREATE TABLE "agenda" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "period" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "agenda_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pillar" (
    "id" SERIAL NOT NULL,
    "agenda_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "pillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "theme" (
    "id" SERIAL NOT NULL,
    "agenda_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "target_group" TEXT NOT NULL,
    "pillar_id" INTEGER NOT NULL,

    CONSTRAINT "theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action" (
    "id" SERIAL NOT NULL,
    "agenda_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "theme_id" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "trekkers" TEXT[],
    "financiering" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "retired_at" TIMESTAMP(3),
    "last_update_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT,
    "locale" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform_identity" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "platform_identity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_lead" (
    "action_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "assigned_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_lead_pkey" PRIMARY KEY ("action_id","person_id")
);

-- CreateTable
CREATE TABLE "status_change" (
    "id" BIGSERIAL NOT NULL,
    "action_id" INTEGER NOT NULL,
    "from_status" "ActionStatus",
    "to_status" "ActionStatus" NOT NULL,
    "note" TEXT,
    "person_id" INTEGER,
    "channel" "Channel" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "note" (
    "id" BIGSERIAL NOT NULL,
    "action_id" INTEGER NOT NULL,
    "person_id" INTEGER,
    "text" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "overleg" (
    "id" SERIAL NOT NULL,
    "agenda_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "reach" TEXT NOT NULL,
    "themes_text" TEXT NOT NULL,
    "pillars" TEXT[],
    "pillars_possible" TEXT[],
    "members" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "overleg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channel_link" (
    "id" SERIAL NOT NULL,
    "overleg_id" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "channel_id" TEXT NOT NULL,
    "digest_schedule" TEXT NOT NULL DEFAULT '0 9 * * 1',
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "linked_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channel_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation_ref" (
    "id" SERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "person_id" INTEGER,
    "reference" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "conversation_ref_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "escalation" (
    "id" SERIAL NOT NULL,
    "action_id" INTEGER NOT NULL,
    "overleg_id" INTEGER,
    "question" TEXT NOT NULL,
    "raised_by_id" INTEGER,
    "channel" "Channel" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMP(3),
    "resolved_by_id" INTEGER,
    "resolution" TEXT,

    CONSTRAINT "escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_round" (
    "id" SERIAL NOT NULL,
    "agenda_id" INTEGER NOT NULL,
    "started_by_id" INTEGER,
    "filter" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "follow_up_at" TIMESTAMP(3),
    "followed_up_at" TIMESTAMP(3),
    "closes_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "reminder_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "round_item" (
    "round_id" INTEGER NOT NULL,
    "action_id" INTEGER NOT NULL,
    "answer" TEXT,
    "answered_by_id" INTEGER,
    "answered_at" TIMESTAMP(3),

    CONSTRAINT "round_item_pkey" PRIMARY KEY ("round_id","action_id")
);

-- CreateTable
CREATE TABLE "round_recipient" (
    "round_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "messaged_at" TIMESTAMP(3),
    "nudged_at" TIMESTAMP(3),

    CONSTRAINT "round_recipient_pkey" PRIMARY KEY ("round_id","person_id")
);

-- CreateTable
CREATE TABLE "job_claim" (
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "claimed_by" TEXT NOT NULL,
    "claimed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "done_at" TIMESTAMP(3),

    CONSTRAINT "job_claim_pkey" PRIMARY KEY ("job","period","target")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" BIGSERIAL NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "target" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "agenda_slug_key" ON "agenda"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "pillar_agenda_id_code_key" ON "pillar"("agenda_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "theme_agenda_id_number_key" ON "theme"("agenda_id", "number");

-- CreateIndex
CREATE INDEX "action_status_idx" ON "action"("status");

-- CreateIndex
CREATE UNIQUE INDEX "action_agenda_id_code_key" ON "action"("agenda_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "person_email_key" ON "person"("email");

-- CreateIndex
CREATE UNIQUE INDEX "platform_identity_platform_tenant_id_external_id_key" ON "platform_identity"("platform", "tenant_id", "external_id");

-- CreateIndex
CREATE INDEX "action_lead_person_id_idx" ON "action_lead"("person_id");

-- CreateIndex
CREATE INDEX "status_change_action_id_created_at_idx" ON "status_change"("action_id", "created_at");

-- CreateIndex
CREATE INDEX "status_change_created_at_idx" ON "status_change"("created_at");

-- CreateIndex
CREATE INDEX "note_action_id_created_at_idx" ON "note"("action_id", "created_at");

-- CreateIndex
CREATE INDEX "note_created_at_idx" ON "note"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "overleg_agenda_id_code_key" ON "overleg"("agenda_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "channel_link_platform_tenant_id_channel_id_key" ON "channel_link"("platform", "tenant_id", "channel_id");

-- CreateIndex
CREATE INDEX "conversation_ref_person_id_idx" ON "conversation_ref"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "conversation_ref_platform_tenant_id_conversation_id_key" ON "conversation_ref"("platform", "tenant_id", "conversation_id");

-- CreateIndex
CREATE INDEX "escalation_overleg_id_resolved_at_idx" ON "escalation"("overleg_id", "resolved_at");

-- CreateIndex
CREATE INDEX "reminder_round_status_idx" ON "reminder_round"("status");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_dedupe_key_key" ON "outbox_message"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_message_status_next_attempt_at_idx" ON "outbox_message"("status", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "pillar" ADD CONSTRAINT "pillar_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "theme" ADD CONSTRAINT "theme_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "theme" ADD CONSTRAINT "theme_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "pillar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform_identity" ADD CONSTRAINT "platform_identity_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_lead" ADD CONSTRAINT "action_lead_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_lead" ADD CONSTRAINT "action_lead_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "note" ADD CONSTRAINT "note_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overleg" ADD CONSTRAINT "overleg_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "channel_link" ADD CONSTRAINT "channel_link_overleg_id_fkey" FOREIGN KEY ("overleg_id") REFERENCES "overleg"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_overleg_id_fkey" FOREIGN KEY ("overleg_id") REFERENCES "overleg"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_round" ADD CONSTRAINT "reminder_round_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_item" ADD CONSTRAINT "round_item_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reminder_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_item" ADD CONSTRAINT "round_item_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_recipient" ADD CONSTRAINT "round_recipient_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reminder_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

