/**
 * `npm run cli -- regio add|list|koppel|ontkoppel` and `import <file> --regio <slug>`: the regions of one
 * deployment. They open the database only (no agenda need be loaded, and none is imported), as `import` does.
 */
import { databaseTarget } from "../app.js";
import type { Config } from "../config/env.js";
import { loadAgendaFile } from "../core/agenda-file/load.js";
import type { AgendaDefinition } from "../core/agenda-file/schema.js";
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import type { ImportSummary } from "../core/ports.js";
import type { RegionAdmin } from "../core/regions/region-admin.js";
import { type Database, openDatabase } from "../persistence/database.js";
import { PrismaRegionAdmin } from "../persistence/prisma-region-admin.js";
import { seedFirstRegionLeaders } from "../persistence/prisma-region-leaders.js";
import { openImporter } from "../persistence/prisma-stores.js";
import type { CliOutcome } from "./people.js";
import type { RegionRequest } from "./region-args.js";

async function withDatabase<T>(config: Config, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(databaseTarget(config));
  try {
    // As on every start: LEADER_EMAILS lead the first region (`regio list` shows them).
    await seedFirstRegionLeaders(database, config.leaderEmails);
    return await work(database);
  } finally {
    await database.close();
  }
}

export function runRegionCommand(request: RegionRequest, config: Config, locale: Locale): Promise<CliOutcome> {
  return withDatabase(config, (database) => regionCommand(new PrismaRegionAdmin(database.prisma), request, locale));
}

async function regionCommand(regions: RegionAdmin, request: RegionRequest, locale: Locale): Promise<CliOutcome> {
  const t = texts(locale).regions;
  switch (request.kind) {
    case "region-add": {
      const done = await regions.create(request.slug, request.name, request.leaders);
      if (done === "exists") return { code: 1, err: `${t.exists(request.slug)}\n` };
      return { code: 0, out: `${t.created(request.slug, request.name, [...new Set(request.leaders)])}\n` };
    }
    case "region-list": {
      const all = await regions.list();
      return { code: 0, out: `${all.length ? all.map(t.listLine).join("\n\n") : t.none}\n` };
    }
    case "region-link": {
      const { platform, tenantId } = request.link;
      const linked = await regions.link(request.slug, request.link);
      if (linked.outcome === "linked") return { code: 0, out: `${t.linked(platform, tenantId, request.slug)}\n` };
      if (linked.outcome === "already") return { code: 0, out: `${t.alreadyLinked(platform, tenantId, request.slug)}\n` };
      if (linked.outcome === "linked-elsewhere") return { code: 1, err: `${t.linkedElsewhere(platform, tenantId, linked.region)}\n` };
      return {
        code: 1,
        err: `${t.unknownRegion(
          request.slug,
          (await regions.list()).map((region) => region.slug),
        )}\n`,
      };
    }
    case "region-unlink": {
      const { platform, tenantId } = request.link;
      const was = await regions.unlink(request.link);
      return was ? { code: 0, out: `${t.unlinked(platform, tenantId, was)}\n` } : { code: 1, err: `${t.notLinked(platform, tenantId)}\n` };
    }
  }
}

export type RegionImport = { ok: true; definition: AgendaDefinition; summary: ImportSummary } | { ok: false; err: string };

/**
 * The agenda file imported into region `slug` (which must exist): the file's own slug does not count, and the
 * region keeps the name it was given (`regio add --naam`).
 */
export async function importIntoRegion(config: Config, file: string, slug: string, locale: Locale): Promise<RegionImport> {
  const loaded = await loadAgendaFile(file);
  return withDatabase(config, async (database) => {
    const regions = new PrismaRegionAdmin(database.prisma);
    const region = await regions.find(slug);
    if (!region) {
      const known = (await regions.list()).map((row) => row.slug);
      return { ok: false, err: `${texts(locale).regions.unknownRegion(slug, known)}\n` };
    }
    const definition = { ...loaded, slug: region.slug, name: region.name };
    return { ok: true, definition, summary: await openImporter(database).importAgenda(definition) };
  });
}
