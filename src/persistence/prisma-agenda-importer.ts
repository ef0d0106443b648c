/**
 * Imports a validated agenda definition: creates what is new, updates changed fields, retires actions that
 * left the file, and keeps every action's history. Running it twice with the same file changes nothing.
 * The living status and funding decision are owned by the bot: the file's status and funding text only seed new
 * actions (the text itself, the description, is kept up to date).
 */
import type { AgendaDefinition } from "../core/agenda-file/schema.js";
import { seedFunding } from "../core/domain/funding.js";
import type { AgendaImporter, ImportSummary } from "../core/ports.js";
import type { PrismaClient } from "./generated/client.js";
import { deadlineValue, importGoals, sameDeadline } from "./goal-import.js";
import type { PreparedReads, PreparedStatement } from "./prepared-reads.js";

const AGENDA_SLUGS: PreparedStatement = { name: "doe_agenda_slugs", text: `SELECT slug FROM "agenda" ORDER BY id` };

const IMPORT_TIMEOUT_MS = 120_000;
const IMPORT_LOCK_KEY = 72_616_012;

export class PrismaAgendaImporter implements AgendaImporter {
  /** `reads`: the driver's prepared statements; with them, a start that only reads never waits for Prisma to set up. */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly reads?: PreparedReads,
  ) {}

  async agendaSlugs(): Promise<string[]> {
    if (this.reads) return (await this.reads.rows<{ slug: string }>(AGENDA_SLUGS, [])).map((row) => row.slug);
    const rows = await this.prisma.agenda.findMany({ orderBy: { id: "asc" }, select: { slug: true } });
    return rows.map((row) => row.slug);
  }

  async importAgenda(definition: AgendaDefinition): Promise<ImportSummary> {
    return this.prisma.$transaction(
      async (tx) => {
        // Instances starting together on one PostgreSQL import one after another; the second changes nothing.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY}::bigint)`;
        const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, retired: 0, statusKept: [], fundingKept: [] };
        const agenda = await tx.agenda.upsert({
          where: { slug: definition.slug },
          create: { slug: definition.slug, name: definition.name, period: definition.period },
          update: { name: definition.name, period: definition.period },
        });

        const pillarIds = new Map<string, number>();
        for (const [position, pillar] of definition.pillars.entries()) {
          const row = await tx.pillar.upsert({
            where: { agendaId_code: { agendaId: agenda.id, code: pillar.code } },
            create: { agendaId: agenda.id, code: pillar.code, name: pillar.name, position },
            update: { name: pillar.name, position },
          });
          pillarIds.set(pillar.code, row.id);
        }

        const themeIds = new Map<number, number>();
        for (const theme of definition.themes) {
          const data = { title: theme.title, targetGroup: theme.targetGroup, pillarId: pillarIds.get(theme.pillarCode) ?? 0 };
          const row = await tx.theme.upsert({
            where: { agendaId_number: { agendaId: agenda.id, number: theme.number } },
            create: { agendaId: agenda.id, number: theme.number, ...data },
            update: data,
          });
          themeIds.set(theme.number, row.id);
        }

        const existing = new Map((await tx.action.findMany({ where: { agendaId: agenda.id } })).map((row) => [row.code, row]));
        const inFile = new Set<string>();
        for (const [position, action] of definition.actions.entries()) {
          inFile.add(action.code);
          const fields = {
            themeId: themeIds.get(action.themeNumber) ?? 0,
            scope: action.scope,
            title: action.title,
            trekkers: action.trekkers,
            financiering: action.financiering,
            areas: action.areas ?? [],
            deadline: deadlineValue(action.deadline),
            position,
          };
          const current = existing.get(action.code);
          if (!current) {
            // Created and "last updated" at the same moment: nobody has updated it yet (the import is not an update).
            const at = new Date();
            const funding = seedFunding(action.financiering);
            const created = await tx.action.create({
              data: {
                agendaId: agenda.id,
                code: action.code,
                status: action.status,
                ...fields,
                funding: funding.status,
                fundSource: funding.source,
                createdAt: at,
                lastUpdateAt: at,
              },
            });
            await tx.statusChange.create({ data: { actionId: created.id, fromStatus: null, toStatus: action.status, channel: "import" } });
            await tx.fundingEntry.create({
              data: {
                actionId: created.id,
                toStatus: funding.status,
                source: funding.source,
                note: action.financiering,
                channel: "import",
                createdAt: at,
              },
            });
            await importGoals(tx, created.id, action.goals);
            summary.created++;
            continue;
          }
          const changed =
            current.themeId !== fields.themeId ||
            current.scope !== fields.scope ||
            current.title !== fields.title ||
            current.financiering !== fields.financiering ||
            current.retiredAt !== null ||
            !sameDeadline(current.deadline, fields.deadline) ||
            current.trekkers.join("\u0000") !== fields.trekkers.join("\u0000") ||
            current.areas.join("\u0000") !== fields.areas.join("\u0000");
          const goalsChanged = await importGoals(tx, current.id, action.goals);
          // A new place in the file's order is kept, but is not an update anyone needs to hear about.
          if (changed || current.position !== fields.position) {
            await tx.action.update({ where: { id: current.id }, data: { ...fields, retiredAt: null } });
          }
          if (changed || goalsChanged) summary.updated++;
          else summary.unchanged++;
          if (current.status !== action.status) summary.statusKept.push(action.code);
          const seeded = seedFunding(action.financiering);
          if (current.funding !== seeded.status || current.fundSource !== seeded.source) summary.fundingKept.push(action.code);
        }
        for (const [code, row] of existing) {
          if (inFile.has(code) || row.retiredAt) continue;
          await tx.action.update({ where: { id: row.id }, data: { retiredAt: new Date() } });
          summary.retired++;
        }

        for (const [position, overleg] of definition.overleggen.entries()) {
          const data = {
            name: overleg.name,
            level: overleg.level,
            reach: overleg.reach,
            themesText: overleg.themesText,
            pillars: overleg.pillars,
            pillarsPossible: overleg.pillarsPossible,
            themeNumbers: overleg.themeNumbers ?? [],
            areas: overleg.areas ?? [],
            members: overleg.members,
            position,
          };
          await tx.overleg.upsert({
            where: { agendaId_code: { agendaId: agenda.id, code: overleg.code } },
            create: { agendaId: agenda.id, code: overleg.code, ...data },
            update: data,
          });
        }
        return summary;
      },
      { timeout: IMPORT_TIMEOUT_MS, maxWait: IMPORT_TIMEOUT_MS },
    );
  }
}
