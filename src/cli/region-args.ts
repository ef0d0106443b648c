/**
 * `npm run cli -- regio add <slug> --naam "<naam>" [--leider <e-mail>]…`, `regio list`, `regio koppel <slug>
 * slack|teams <id>`, `regio ontkoppel slack|teams <id>`, and the `--regio <slug>` of `import`: read with zod.
 */
import { z } from "zod";
import { readLeaderEmail } from "../core/commands/leader-types.js";
import { findControlCharacter } from "../core/domain/text-limits.js";
import { REGION_PLATFORMS, type RegionLinkRef } from "../core/regions/region-admin.js";
import { CliUsageError } from "./args.js";

export type RegionRequest =
  | { kind: "region-add"; slug: string; name: string; leaders: string[] }
  | { kind: "region-list" }
  | { kind: "region-link"; slug: string; link: RegionLinkRef }
  | { kind: "region-unlink"; link: RegionLinkRef };

/** A region's slug, as an agenda file writes it: lower-case words joined by hyphens. */
export const regionSlugSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const regionNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => findControlCharacter(name) < 0);
const platformSchema = z.enum(REGION_PLATFORMS);
/** Slack team (workspace) ids start with T (E for an Enterprise Grid organisation); Teams tenant ids are GUIDs. */
const tenantSchemas = { slack: z.string().regex(/^[TE][A-Z0-9]{2,31}$/), teams: z.guid() } as const;

const WORDS = {
  add: ["add", "nieuw", "toevoegen"],
  list: ["list", "lijst"],
  link: ["koppel", "link"],
  unlink: ["ontkoppel", "unlink"],
} as const;
const is = (word: string | undefined, key: keyof typeof WORDS) => !!word && (WORDS[key] as readonly string[]).includes(word.toLowerCase());

export function readRegionSlug(given: string | undefined): string {
  if (given === undefined) throw new CliUsageError((_t, all) => all.regions.needsSlug);
  const slug = regionSlugSchema.safeParse(given);
  if (!slug.success) throw new CliUsageError((_t, all) => all.regions.slugInvalid(given));
  return slug.data;
}

export function parseRegionArgs(words: readonly string[], options: ReadonlyMap<string, string>, leaders: readonly string[]): RegionRequest {
  const [action, ...rest] = words;
  if (is(action, "list") && rest.length === 0) return { kind: "region-list" };
  if (is(action, "add") && rest.length <= 1) {
    const slug = readRegionSlug(rest[0]);
    const given = options.get("naam") ?? options.get("name");
    if (given === undefined) throw new CliUsageError((_t, all) => all.regions.needsName(slug));
    const name = regionNameSchema.safeParse(given);
    if (!name.success) throw new CliUsageError((_t, all) => all.regions.nameInvalid);
    return { kind: "region-add", slug, name: name.data, leaders: leaders.map(readLeader) };
  }
  if (is(action, "link") && rest.length === 3) return { kind: "region-link", slug: readRegionSlug(rest[0]), link: readLink(rest[1], rest[2]) };
  if (is(action, "unlink") && rest.length === 2) return { kind: "region-unlink", link: readLink(rest[0], rest[1]) };
  throw new CliUsageError((_t, all) => all.regions.unknownSubcommand(words.join(" ")));
}

function readLeader(given: string): string {
  const email = readLeaderEmail(given);
  if (!email.ok) {
    const { problem } = email;
    throw new CliUsageError((_t, all) => all.regions.leaderInvalid(given, all.leaders.emailProblems[problem]));
  }
  return email.email;
}

function readLink(platformGiven: string | undefined, id: string | undefined): RegionLinkRef {
  const platform = platformSchema.safeParse(platformGiven?.toLowerCase());
  if (!platform.success) throw new CliUsageError((_t, all) => all.regions.platformInvalid(platformGiven ?? ""));
  const tenant = tenantSchemas[platform.data].safeParse(id ?? "");
  if (!tenant.success) throw new CliUsageError((_t, all) => all.regions.tenantInvalid(platform.data, id ?? ""));
  return { platform: platform.data, tenantId: platform.data === "teams" ? tenant.data.toLowerCase() : tenant.data };
}
