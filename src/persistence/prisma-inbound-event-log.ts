import type { Platform } from "../core/domain/agenda.js";
import type { InboundEventLog } from "../core/ports.js";
import type { PrismaClient } from "./generated/client.js";

/** The first insert of (platform, event id) wins; concurrent and later repeats see it already there. */
export class PrismaInboundEventLog implements InboundEventLog {
  constructor(private readonly prisma: PrismaClient) {}

  async firstSeen(platform: Platform, eventId: string): Promise<boolean> {
    const { count } = await this.prisma.inboundEvent.createMany({ data: [{ platform, eventId }], skipDuplicates: true });
    return count === 1;
  }

  async forgetBefore(cutoff: Date): Promise<number> {
    const { count } = await this.prisma.inboundEvent.deleteMany({ where: { receivedAt: { lt: cutoff } } });
    return count;
  }
}
