/** The stores behind the web dashboard: its read model and the database-kept signing key. */
import type { DashboardReader } from "../core/dashboard/dashboard-reader.js";
import type { ReportSource } from "../core/report/report-source.js";
import type { Database } from "./database.js";
import { PrismaDashboardReader } from "./prisma-dashboard-reader.js";
import { PrismaReportReader } from "./prisma-report-reader.js";
import { PrismaSecretStore } from "./prisma-secret-store.js";

export interface DashboardStores {
  reader: DashboardReader;
  secrets: PrismaSecretStore;
  /** The quarterly report's and the history export's reads. */
  report: ReportSource;
}

export function openDashboardStores(database: Pick<Database, "reads">, agendaId: number): DashboardStores {
  const reader = new PrismaDashboardReader({ reads: database.reads, agendaId });
  return { reader, secrets: new PrismaSecretStore(database.reads), report: new PrismaReportReader({ reads: database.reads, agendaId }, reader) };
}
