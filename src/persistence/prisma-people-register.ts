/** The core's PeopleRegister on Prisma: the people file stored in one transaction, and who leads what. */

import { compareActionCodes } from "../core/domain/action-code.js";
import type { Platform } from "../core/domain/agenda.js";
import { isLocale } from "../core/domain/locale.js";
import type { PeopleFileEntry } from "../core/people-file/people-file.js";
import type { LeadReach, PeopleImportSummary, PeopleRegister } from "../core/people-file/people-register.js";
import type { AgendaScope } from "./agenda-scope.js";
import { queryDirectTargets } from "./direct-targets.js";

export class PrismaPeopleRegister implements PeopleRegister {
  constructor(private readonly scope: AgendaScope) {}

  async importPeople(entries: readonly PeopleFileEntry[], assignedById: number | null): Promise<PeopleImportSummary> {
    const { prisma, agendaId } = this.scope;
    const codes = [...new Set(entries.flatMap((entry) => entry.codes))];
    return prisma.$transaction(async (tx) => {
      const actions = await tx.action.findMany({ where: { agendaId, code: { in: codes }, retiredAt: null }, select: { id: true, code: true } });
      const actionId = new Map(actions.map((action) => [action.code, action.id]));
      const missing = codes.filter((code) => !actionId.has(code));
      // The file was checked against the agenda; an action retired meanwhile stops the import before anything is stored.
      if (missing.length) throw new Error(`unknown actions: ${missing.join(", ")}`);
      const existing = await tx.person.findMany({
        where: { email: { in: entries.map((entry) => entry.email) } },
        select: { id: true, email: true, displayName: true, organisation: true, locale: true },
      });
      const byEmail = new Map(existing.map((person) => [person.email, person]));
      const summary: PeopleImportSummary = { created: 0, updated: 0, unchanged: 0, leadsAdded: 0 };
      for (const entry of entries) {
        const before = byEmail.get(entry.email);
        // An empty cell keeps what is stored: a file with only e-mails and codes does not wipe names.
        const fields = {
          ...(entry.name ? { displayName: entry.name } : {}),
          ...(entry.organisation ? { organisation: entry.organisation } : {}),
          ...(entry.locale ? { locale: entry.locale } : {}),
        };
        let personId: number;
        if (!before) {
          personId = (await tx.person.create({ data: { email: entry.email, ...fields }, select: { id: true } })).id;
          summary.created++;
        } else {
          personId = before.id;
          const changed =
            (fields.displayName !== undefined && fields.displayName !== before.displayName) ||
            (fields.organisation !== undefined && fields.organisation !== before.organisation) ||
            (fields.locale !== undefined && fields.locale !== before.locale);
          if (changed) await tx.person.update({ where: { id: personId }, data: fields });
          summary[changed ? "updated" : "unchanged"]++;
        }
        const linked = await tx.actionLead.createMany({
          data: entry.codes.map((code) => ({ actionId: actionId.get(code) as number, personId, assignedById })),
          skipDuplicates: true,
        });
        summary.leadsAdded += linked.count;
      }
      return summary;
    });
  }

  async exportPeople(): Promise<PeopleFileEntry[]> {
    const { prisma, agendaId } = this.scope;
    const people = await prisma.person.findMany({
      where: {
        OR: [
          { leads: { some: { action: { agendaId, retiredAt: null } } } },
          { displayName: { not: null } },
          { organisation: { not: null } },
          { locale: { not: null } },
        ],
      },
      orderBy: { email: "asc" },
      select: {
        email: true,
        displayName: true,
        organisation: true,
        locale: true,
        leads: { where: { action: { agendaId, retiredAt: null } }, select: { action: { select: { code: true } } } },
      },
    });
    return people.map((person) => ({
      email: person.email,
      name: person.displayName,
      organisation: person.organisation,
      locale: isLocale(person.locale) ? person.locale : null,
      codes: person.leads.map((lead) => lead.action.code).sort(compareActionCodes),
    }));
  }

  async leadsOverview(filter: { code?: string; organisation?: string }): Promise<LeadReach[]> {
    const { prisma, agendaId } = this.scope;
    const rows = await prisma.actionLead.findMany({
      where: {
        action: { agendaId, retiredAt: null, ...(filter.code ? { code: filter.code } : {}) },
        ...(filter.organisation ? { person: { organisation: { contains: filter.organisation, mode: "insensitive" } } } : {}),
      },
      select: {
        personId: true,
        action: { select: { code: true, title: true } },
        person: { select: { email: true, displayName: true, organisation: true } },
      },
    });
    const targets = await queryDirectTargets(this.scope, [...new Set(rows.map((row) => row.personId))]);
    return rows
      .map((row) => ({
        code: row.action.code,
        title: row.action.title,
        email: row.person.email,
        name: row.person.displayName,
        organisation: row.person.organisation,
        platforms: [...new Set((targets.get(row.personId) ?? []).map((target) => target.platform))] as Platform[],
      }))
      .sort((a, b) => compareActionCodes(a.code, b.code) || (a.name ?? a.email).localeCompare(b.name ?? b.email));
  }
}
