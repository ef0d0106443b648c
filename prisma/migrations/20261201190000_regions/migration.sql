-- Regions: leaders per agenda, the Slack workspaces and Teams tenants linked to each, and Slack installations.
CREATE TABLE "region_leader" (
    "agenda_id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "added_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "region_leader_pkey" PRIMARY KEY ("agenda_id","email")
);

CREATE TABLE "region_link" (
    "platform" "Platform" NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "agenda_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "region_link_pkey" PRIMARY KEY ("platform","tenant_id")
);
CREATE INDEX "region_link_agenda_id_idx" ON "region_link"("agenda_id");

CREATE TABLE "slack_installation" (
    "team_id" TEXT NOT NULL,
    "enterprise_id" TEXT,
    "agenda_id" INTEGER NOT NULL,
    "sealed" TEXT NOT NULL,
    "installed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "slack_installation_pkey" PRIMARY KEY ("team_id")
);
CREATE INDEX "slack_installation_agenda_id_idx" ON "slack_installation"("agenda_id");

ALTER TABLE "region_leader" ADD CONSTRAINT "region_leader_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "region_link" ADD CONSTRAINT "region_link_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "slack_installation" ADD CONSTRAINT "slack_installation_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE CASCADE;
