/** The core's PeopleDirectory on Prisma: people, their chat accounts, and what they lead. */
import type { PersonInfo, Platform } from "../core/domain/agenda.js";
import type { Locale } from "../core/domain/locale.js";
import type { PeopleDirectory, PlatformIdentityRef } from "../core/ports.js";
import { type AgendaScope, personSelect } from "./agenda-scope.js";
import { queryDirectTargets } from "./direct-targets.js";
import { toPerson } from "./mappers.js";
import type { PreparedStatement } from "./prepared-reads.js";

/** Prepared once (see prepared-reads.ts): asked by every change. */
const IS_LEAD_OF: PreparedStatement = {
  name: "doe_is_lead_of",
  text: `SELECT 1 AS found FROM action_lead l JOIN "action" a ON a.id = l.action_id
    WHERE l.person_id = $1 AND a.agenda_id = $2 AND a.code = $3 AND a.retired_at IS NULL LIMIT 1`,
};
/** Prepared once: who is asking, for every chat message. The linked account first, the e-mail address second. */
const PERSON_BY_IDENTITY_OR_EMAIL: PreparedStatement = {
  name: "doe_person_by_identity_or_email",
  text: `SELECT p.id, p.email, p.display_name, p.locale, true AS linked FROM platform_identity i JOIN person p ON p.id = i.person_id
    WHERE i.platform = $1::"Platform" AND i.tenant_id = $2 AND i.external_id = $3
    UNION ALL
    SELECT id, email, display_name, locale, false AS linked FROM person WHERE email = $4
    ORDER BY linked DESC LIMIT 1`,
};

export class PrismaPeopleDirectory implements PeopleDirectory {
  constructor(private readonly scope: AgendaScope) {}

  async findByEmail(email: string): Promise<PersonInfo | null> {
    const [row] = await this.scope.prisma.$queryRaw<{ id: number; email: string; display_name: string | null; locale: string | null }[]>`
      SELECT id, email, display_name, locale FROM person WHERE email = ${email.toLowerCase()}`;
    return row ? toPerson({ id: row.id, email: row.email, displayName: row.display_name, locale: row.locale }) : null;
  }

  async ensurePerson(email: string, displayName?: string): Promise<PersonInfo> {
    const normalised = email.trim().toLowerCase();
    const row = await this.scope.prisma.person.upsert({
      where: { email: normalised },
      create: { email: normalised, displayName: displayName ?? null },
      update: displayName ? { displayName } : {},
      select: personSelect,
    });
    return toPerson(row);
  }

  async findByIdentityOrEmail(
    identity: PlatformIdentityRef,
    email: string | null,
  ): Promise<{ person: PersonInfo; linked: boolean; locale?: string } | null> {
    // One round trip for every chat message.
    const rows = await this.scope.reads.rows<{ id: number; email: string; display_name: string | null; locale: string | null; linked: boolean }>(
      PERSON_BY_IDENTITY_OR_EMAIL,
      [identity.platform, identity.tenantId, identity.externalId, email?.toLowerCase() ?? null],
    );
    const row = rows[0];
    return row ? { person: toPerson({ id: row.id, email: row.email, displayName: row.display_name, locale: row.locale }), linked: row.linked } : null;
  }

  async linkIdentity(personId: number, identity: PlatformIdentityRef): Promise<void> {
    await this.scope.prisma.platformIdentity.upsert({
      where: { platform_tenantId_externalId: identity },
      create: { ...identity, personId },
      update: { personId },
    });
  }

  async setLocale(personId: number, locale: Locale, options: { onlyWhenUnknown?: boolean } = {}): Promise<void> {
    await this.scope.prisma.person.updateMany({ where: { id: personId, ...(options.onlyWhenUnknown ? { locale: null } : {}) }, data: { locale } });
  }

  async directTargets(personId: number): Promise<{ platform: Platform; target: string }[]> {
    return (await queryDirectTargets(this.scope, [personId])).get(personId) ?? [];
  }

  async isLeadOf(personId: number, code: string): Promise<boolean> {
    const rows = await this.scope.reads.rows(IS_LEAD_OF, [personId, this.scope.agendaId, code]);
    return rows.length > 0;
  }
}
