/** The stores behind the web dashboard: its read model and the database-kept signing key. */
import type { DashboardReader } from "../core/dashboard/dashboard-reader.js";
import type { Database } from "./database.js";
import { PrismaDashboardReader } from "./prisma-dashboard-reader.js";
import { PrismaSecretStore } from "./prisma-secret-store.js";

export interface DashboardStores {
  reader: DashboardReader;
  secrets: PrismaSecretStore;
}

export function openDashboardStores(database: Pick<Database, "reads">, agendaId: number): DashboardStores {
  return { reader: new PrismaDashboardReader({ reads: database.reads, agendaId }), secrets: new PrismaSecretStore(database.reads) };
}
