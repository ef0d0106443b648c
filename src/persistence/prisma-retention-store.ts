/** What the retention sweep deletes from the outbox and the claims (see core/schedule/retention-sweep.ts). */
import type { RetentionStore } from "../core/schedule/retention-sweep.js";
import type { PrismaClient } from "./generated/client.js";

export class PrismaRetentionStore implements RetentionStore {
  constructor(private readonly prisma: PrismaClient) {}

  async forgetDeliveredBefore(cutoff: Date): Promise<number> {
    // Sent: by when it was sent; given up (`failed`): by when it was queued.
    const { count } = await this.prisma.outboxMessage.deleteMany({
      where: {
        OR: [
          { status: "sent", sentAt: { lt: cutoff } },
          { status: "sent", sentAt: null, createdAt: { lt: cutoff } },
          { status: "failed", createdAt: { lt: cutoff } },
        ],
      },
    });
    return count;
  }

  async forgetClaimsBefore(job: string, cutoff: Date): Promise<number> {
    const { count } = await this.prisma.jobClaim.deleteMany({ where: { job, claimedAt: { lt: cutoff }, doneAt: { not: null } } });
    return count;
  }
}
