import type { JobClaims } from "../core/ports.js";
import type { PrismaClient } from "./generated/client.js";

/** The primary key (job, period, target) makes the first insert the only claim, across instances. */
export class PrismaJobClaims implements JobClaims {
  constructor(private readonly prisma: PrismaClient) {}

  async claim(job: string, period: string, target: string, owner: string): Promise<boolean> {
    const { count } = await this.prisma.jobClaim.createMany({ data: [{ job, period, target, claimedBy: owner }], skipDuplicates: true });
    return count === 1;
  }

  async complete(job: string, period: string, target: string): Promise<void> {
    await this.prisma.jobClaim.update({ where: { job_period_target: { job, period, target } }, data: { doneAt: new Date() } });
  }

  async previousPeriod(job: string, target: string, period: string): Promise<string | null> {
    const row = await this.prisma.jobClaim.findFirst({
      where: { job, target, period: { lt: period } },
      orderBy: { period: "desc" },
      select: { period: true },
    });
    return row?.period ?? null;
  }

  async unfinished(job: string): Promise<{ period: string; target: string; owner: string; claimedAt: Date }[]> {
    const rows = await this.prisma.jobClaim.findMany({ where: { job, doneAt: null }, orderBy: { claimedAt: "asc" } });
    return rows.map((row) => ({ period: row.period, target: row.target, owner: row.claimedBy, claimedAt: row.claimedAt }));
  }
}
