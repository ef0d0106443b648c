/** The core's ChannelDirectory on Prisma: conversation references and channels linked to an overleg. */

import type { ChannelSettings } from "../core/channel-settings.js";
import type { Platform } from "../core/domain/agenda.js";
import type { ChannelDirectory, ChannelLinkInput, ConversationInput, LinkedChannel } from "../core/ports.js";
import type { AgendaScope } from "./agenda-scope.js";
import { ownTenantsFilter } from "./direct-targets.js";
import type { Prisma } from "./generated/client.js";

export class PrismaChannelDirectory implements ChannelDirectory {
  constructor(private readonly scope: AgendaScope) {}

  async rememberConversation(input: ConversationInput): Promise<void> {
    const key = { platform: input.platform, tenantId: input.tenantId, conversationId: input.conversationId };
    const data = {
      kind: input.kind,
      reference: input.reference as Prisma.InputJsonValue,
      ...(input.personId !== null ? { personId: input.personId } : {}),
    };
    await this.scope.prisma.conversationRef.upsert({ where: { platform_tenantId_conversationId: key }, create: { ...key, ...data }, update: data });
  }

  async ownsTenant(platform: "slack" | "teams", tenantId: string): Promise<boolean> {
    const own = await ownTenantsFilter(this.scope, platform);
    if (!own) return true;
    return "in" in own ? own.in.includes(tenantId) : !own.notIn.includes(tenantId);
  }

  /** The latest reference of a conversation with this id, in a tenant of this region (see ownTenantsFilter). */
  async conversationReference(platform: Platform, conversationId: string): Promise<Record<string, unknown> | null> {
    const tenants = platform === "teams" ? await ownTenantsFilter(this.scope, "teams") : undefined;
    const row = await this.scope.prisma.conversationRef.findFirst({
      where: {
        platform,
        OR: [{ conversationId }, { conversationId: { startsWith: `${conversationId};` } }],
        ...(tenants ? { tenantId: tenants } : {}),
      },
      orderBy: { updatedAt: "desc" },
      select: { reference: true },
    });
    return row ? (row.reference as Record<string, unknown>) : null;
  }

  async linkChannel(input: ChannelLinkInput): Promise<{ previous: string | null }> {
    return this.scope.prisma.$transaction(async (tx) => {
      const overleg = await tx.overleg.findUniqueOrThrow({
        where: { agendaId_code: { agendaId: this.scope.agendaId, code: input.overlegCode } },
        select: { id: true },
      });
      const key = { platform: input.platform, tenantId: input.tenantId, channelId: input.channelId };
      const existing = await tx.channelLink.findUnique({
        where: { platform_tenantId_channelId: key },
        select: { overleg: { select: { code: true } } },
      });
      await tx.channelLink.upsert({
        where: { platform_tenantId_channelId: key },
        create: { ...key, overlegId: overleg.id, linkedById: input.linkedById, ...(input.locale ? { locale: input.locale } : {}) },
        update: { overlegId: overleg.id, linkedById: input.linkedById },
      });
      return { previous: existing?.overleg.code ?? null };
    });
  }

  async linkedChannels(): Promise<LinkedChannel[]> {
    const rows = await this.scope.prisma.channelLink.findMany({
      where: { overleg: { agendaId: this.scope.agendaId } },
      orderBy: { id: "asc" },
      include: { overleg: { select: { code: true } } },
    });
    return rows.map(toLinkedChannel);
  }

  async linkedChannel(platform: Platform, tenantId: string, channelId: string): Promise<LinkedChannel | null> {
    const row = await this.scope.prisma.channelLink.findUnique({
      where: { platform_tenantId_channelId: { platform, tenantId, channelId } },
      include: { overleg: { select: { code: true, agendaId: true } } },
    });
    return row && row.overleg.agendaId === this.scope.agendaId ? toLinkedChannel(row) : null;
  }

  async setDigestSchedule(platform: Platform, tenantId: string, channelId: string, schedule: string, at: Date): Promise<boolean> {
    const { count } = await this.scope.prisma.channelLink.updateMany({
      where: { platform, tenantId, channelId, overleg: { agendaId: this.scope.agendaId } },
      data: { digestSchedule: schedule, scheduleChangedAt: at },
    });
    return count === 1;
  }

  async configureChannel(platform: Platform, tenantId: string, channelId: string, settings: ChannelSettings): Promise<boolean> {
    const { count } = await this.scope.prisma.channelLink.updateMany({
      where: { platform, tenantId, channelId, overleg: { agendaId: this.scope.agendaId } },
      data: {
        ...(settings.schedule ? { digestSchedule: settings.schedule.cron, scheduleChangedAt: settings.schedule.at } : {}),
        ...(settings.skipHolidays === undefined ? {} : { skipHolidays: settings.skipHolidays }),
        ...(settings.locale ? { locale: settings.locale } : {}),
      },
    });
    return count === 1;
  }

  /** The overleg of this region a channel is linked to; a link into another region's overleg is none here. */
  async linkedOverleg(platform: "slack" | "teams", tenantId: string, channelId: string): Promise<string | null> {
    const row = await this.scope.prisma.channelLink.findUnique({
      where: { platform_tenantId_channelId: { platform, tenantId, channelId } },
      select: { overleg: { select: { code: true, agendaId: true } } },
    });
    return row && row.overleg.agendaId === this.scope.agendaId ? row.overleg.code : null;
  }
}

function toLinkedChannel(row: {
  platform: Platform;
  tenantId: string;
  channelId: string;
  digestSchedule: string;
  skipHolidays: boolean;
  locale: string;
  createdAt: Date;
  scheduleChangedAt: Date | null;
  overleg: { code: string };
}): LinkedChannel {
  return {
    platform: row.platform,
    tenantId: row.tenantId,
    channelId: row.channelId,
    overlegCode: row.overleg.code,
    schedule: row.digestSchedule,
    skipHolidays: row.skipHolidays,
    locale: row.locale,
    linkedAt: row.scheduleChangedAt && row.scheduleChangedAt > row.createdAt ? row.scheduleChangedAt : row.createdAt,
  };
}
