/** Every port of the core on Prisma, for one agenda of one database. */

import type { GoalStore } from "../core/goals/goal-store.js";
import type {
  AgendaImporter,
  AgendaReader,
  AgendaWriter,
  ChannelDirectory,
  CommandJournal,
  InboundEventLog,
  JobClaims,
  Outbox,
  PeopleDirectory,
} from "../core/ports.js";
import type { RoundStore } from "../core/rounds/round-store.js";
import { openAgendaScope } from "./agenda-scope.js";
import type { Database } from "./database.js";
import { PrismaAgendaImporter } from "./prisma-agenda-importer.js";
import { PrismaAgendaReader } from "./prisma-agenda-reader.js";
import { PrismaAgendaWriter } from "./prisma-agenda-writer.js";
import { PrismaChannelDirectory } from "./prisma-channels.js";
import { PrismaCommandJournal } from "./prisma-command-journal.js";
import { PrismaGoalStore } from "./prisma-goal-store.js";
import { PrismaInboundEventLog } from "./prisma-inbound-event-log.js";
import { PrismaJobClaims } from "./prisma-job-claims.js";
import { PrismaOutbox } from "./prisma-outbox.js";
import { PrismaPeopleDirectory } from "./prisma-people.js";
import { PrismaRoundStore } from "./prisma-round-store.js";

export interface Stores {
  /** Identifies the agenda (in claims that are per agenda). */
  agendaId: number;
  reader: AgendaReader;
  writer: AgendaWriter;
  people: PeopleDirectory;
  channels: ChannelDirectory;
  rounds: RoundStore;
  outbox: Outbox;
  claims: JobClaims;
  events: InboundEventLog;
  journal: CommandJournal;
  goals: GoalStore;
}

/** The agenda with this slug (or the first); throws NoAgendaError when the database holds none. */
export async function openStores(database: Pick<Database, "prisma" | "reads" | "acknowledgementReads">, slug?: string): Promise<Stores> {
  const scope = await openAgendaScope(database, slug);
  const { prisma } = database;
  return {
    agendaId: scope.agendaId,
    reader: new PrismaAgendaReader(scope),
    writer: new PrismaAgendaWriter(scope),
    people: new PrismaPeopleDirectory(scope),
    channels: new PrismaChannelDirectory(scope),
    rounds: new PrismaRoundStore(prisma, scope.agendaId),
    outbox: new PrismaOutbox(prisma),
    claims: new PrismaJobClaims(prisma),
    events: new PrismaInboundEventLog(prisma),
    journal: new PrismaCommandJournal(prisma, database.reads, database.acknowledgementReads),
    goals: new PrismaGoalStore(scope),
  };
}

/** The importer works across agendas: it creates them. */
export function openImporter(database: Pick<Database, "prisma"> & Partial<Pick<Database, "reads">>): AgendaImporter {
  return new PrismaAgendaImporter(database.prisma, database.reads);
}
