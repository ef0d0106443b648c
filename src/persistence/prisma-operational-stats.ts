/** The database's figures for `/metrics`: the outbox backlog per platform and the open reminder rounds. */
import type { Platform } from "../core/domain/agenda.js";
import type { OperationalStats, OutboxBacklog } from "../observability/operational-stats.js";
import type { PrismaClient } from "./generated/client.js";

const PLATFORMS: readonly Platform[] = ["slack", "teams"];

export class PrismaOperationalStats implements OperationalStats {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly agendaId: number,
  ) {}

  async outboxBacklog(): Promise<OutboxBacklog[]> {
    // "sending" rows are leased to a worker (or to a dead one, until its lease runs out): still not delivered.
    const groups = await this.prisma.outboxMessage.groupBy({
      by: ["platform"],
      where: { status: { in: ["pending", "sending"] }, OR: [{ agendaId: this.agendaId }, { agendaId: null }] },
      _count: { _all: true },
      _min: { createdAt: true },
    });
    return PLATFORMS.map((platform) => {
      const group = groups.find((row) => row.platform === platform);
      return { platform, depth: group?._count._all ?? 0, oldestQueuedAt: group?._min.createdAt ?? null };
    });
  }

  openRounds(): Promise<number> {
    return this.prisma.reminderRound.count({ where: { agendaId: this.agendaId, status: "open" } });
  }
}
