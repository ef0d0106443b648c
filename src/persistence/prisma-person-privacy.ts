/** The core's PersonPrivacy on Prisma: `persoon export` and `persoon vergeet` (see the two queries it runs). */
import type { Clock } from "../core/ports.js";
import type { ForgetSummary, PersonExport, PersonPrivacy } from "../core/privacy/person-privacy.js";
import type { PrismaClient } from "./generated/client.js";
import { queryPersonExport } from "./prisma-person-export.js";
import { forgetPersonIn } from "./prisma-person-forget.js";

export class PrismaPersonPrivacy implements PersonPrivacy {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly clock: Clock = { now: () => new Date() },
  ) {}

  exportPerson(email: string): Promise<PersonExport | null> {
    return queryPersonExport(this.prisma, email, this.clock.now());
  }

  forgetPerson(email: string): Promise<ForgetSummary | null> {
    return forgetPersonIn(this.prisma, email);
  }
}
