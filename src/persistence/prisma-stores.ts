/** Every port of the core on Prisma, for one agenda of one database. */

import type { EscalationStore } from "../core/escalations/escalation-store.js";
import type { GoalStore } from "../core/goals/goal-store.js";
import type { PeopleRegister } from "../core/people-file/people-register.js";
import type {
  AgendaImporter,
  AgendaReader,
  AgendaWriter,
  ChannelDirectory,
  CommandJournal,
  FundingLedger,
  InboundEventLog,
  JobClaims,
  Outbox,
  PeopleDirectory,
} from "../core/ports.js";
import type { PersonPrivacy } from "../core/privacy/person-privacy.js";
import type { SealedInstallations } from "../core/regions/installations.js";
import type { RegionDirectory } from "../core/regions/region-ports.js";
import type { RoundStore } from "../core/rounds/round-store.js";
import type { RetentionStore } from "../core/schedule/retention-sweep.js";
import { openAgendaScope, type UnlinkedTenants } from "./agenda-scope.js";
import type { Database } from "./database.js";
import { PrismaAgendaImporter } from "./prisma-agenda-importer.js";
import { PrismaAgendaReader } from "./prisma-agenda-reader.js";
import { PrismaAgendaWriter } from "./prisma-agenda-writer.js";
import { PrismaChannelDirectory } from "./prisma-channels.js";
import { PrismaCommandJournal } from "./prisma-command-journal.js";
import { PrismaEscalationStore } from "./prisma-escalation-store.js";
import { PrismaFundingLedger } from "./prisma-funding-ledger.js";
import { PrismaGoalStore } from "./prisma-goal-store.js";
import { PrismaInboundEventLog } from "./prisma-inbound-event-log.js";
import { PrismaJobClaims } from "./prisma-job-claims.js";
import { PrismaOutbox } from "./prisma-outbox.js";
import { PrismaPeopleDirectory } from "./prisma-people.js";
import { PrismaPeopleRegister } from "./prisma-people-register.js";
import { PrismaPersonPrivacy } from "./prisma-person-privacy.js";
import { PrismaRegionDirectory } from "./prisma-region-directory.js";
import { PrismaRetentionStore } from "./prisma-retention-store.js";
import { PrismaRoundStore } from "./prisma-round-store.js";
import { PrismaSlackInstallations } from "./prisma-slack-installations.js";

export interface Stores {
  /** Identifies the agenda (in claims that are per agenda). */
  agendaId: number;
  reader: AgendaReader;
  writer: AgendaWriter;
  people: PeopleDirectory;
  /** People as data: the people file, languages, who leads what. */
  register: PeopleRegister;
  channels: ChannelDirectory;
  funding: FundingLedger;
  rounds: RoundStore;
  escalations: EscalationStore;
  outbox: Outbox;
  claims: JobClaims;
  events: InboundEventLog;
  journal: CommandJournal;
  goals: GoalStore;
  /** `persoon export` and `persoon vergeet` (AVG/GDPR): across agendas, a person is one row. */
  privacy: PersonPrivacy;
  /** What the retention sweep deletes from the outbox and the claims. */
  retention: RetentionStore;
  /** Across agendas: the regions there are, and the Slack workspaces installed into them. */
  regions: RegionDirectory;
  slackInstallations: SealedInstallations;
}

/** The agenda with this slug (or the first); throws NoAgendaError when the database holds none. */
export async function openStores(
  database: Pick<Database, "prisma" | "reads" | "acknowledgementReads">,
  slug?: string,
  unlinkedTenants?: UnlinkedTenants,
): Promise<Stores> {
  const scope = await openAgendaScope(database, slug, unlinkedTenants);
  const { prisma } = database;
  return {
    agendaId: scope.agendaId,
    reader: new PrismaAgendaReader(scope),
    writer: new PrismaAgendaWriter(scope),
    people: new PrismaPeopleDirectory(scope),
    register: new PrismaPeopleRegister(scope),
    channels: new PrismaChannelDirectory(scope),
    funding: new PrismaFundingLedger(scope),
    rounds: new PrismaRoundStore(scope),
    escalations: new PrismaEscalationStore(prisma, scope.agendaId),
    outbox: new PrismaOutbox(prisma, scope.agendaId),
    claims: new PrismaJobClaims(prisma),
    events: new PrismaInboundEventLog(prisma),
    journal: new PrismaCommandJournal(prisma, database.reads, database.acknowledgementReads, scope.agendaId),
    goals: new PrismaGoalStore(scope),
    privacy: new PrismaPersonPrivacy(prisma),
    retention: new PrismaRetentionStore(prisma),
    regions: new PrismaRegionDirectory(prisma),
    slackInstallations: new PrismaSlackInstallations(prisma),
  };
}

/** The importer works across agendas: it creates them. */
export function openImporter(database: Pick<Database, "prisma"> & Partial<Pick<Database, "reads">>): AgendaImporter {
  return new PrismaAgendaImporter(database.prisma, database.reads);
}
