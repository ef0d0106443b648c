/** English texts of `npm run cli -- regio …` and `import --regio`: the regions of one deployment. */
import type { RegionOverview } from "../regions/region-admin.js";
import type { ChatPlatform } from "../regions/region-ports.js";
import type { RegionTexts } from "./texts.js";

/** The column the CLI usage's descriptions start at. */
const W = 64;
/** A usage line: the command, then its description from column W (or after three spaces when the command is longer). */
const line = (command: string, description: string) => `${command.length >= W ? `${command}   ` : command.padEnd(W)}${description}\n`;
const PLATFORM: Record<ChatPlatform, string> = { slack: "Slack workspace", teams: "Teams tenant" };
const ADD = 'npm run cli -- regio add <region> --naam "<name>" [--leider <e-mail>]…';

export const regionsEn = {
  cliUsage:
    line(`  npm run cli -- import <file> --regio <region>`, "load an agenda file into that region (the file's own region does not count)") +
    line(`  npm run cli -- regio add <region> --naam "<name>" [--leider <e-mail>]…`, "a new, empty region with its project leaders") +
    line(`  npm run cli -- regio list`, "every region: actions, project leaders, linked workspaces and tenants") +
    line(`  npm run cli -- regio koppel <region> slack|teams <id>`, "link a Slack workspace (team id) or a Teams tenant to a region") +
    line(`  npm run cli -- regio ontkoppel slack|teams <id>`, "undo that link"),
  unknownSubcommand: (given) =>
    `I do not know "regio ${given}". Use regio add <region> --naam "<name>", regio list, regio koppel <region> slack|teams <id> or regio ontkoppel slack|teams <id>.`,
  needsSlug: `Name the region, for example: ${ADD.replace("<region>", "haarlem-eo").replace('"<name>"', '"Haarlem e.o."')}`,
  slugInvalid: (given) =>
    `"${given}" cannot be a region: write lower-case letters and digits, words joined by a hyphen (at most 64 characters), for example zuid-kennemerland.`,
  needsName: (slug) => `regio add needs a name: npm run cli -- regio add ${slug} --naam "<name of the region>"`,
  nameInvalid: "--naam must be 1 to 200 characters long, without invisible control characters.",
  leaderInvalid: (given, problem) => `--leider "${given}" is not an e-mail address: ${problem}.`,
  platformInvalid: (given) => `Choose slack or teams (not "${given}").`,
  tenantInvalid: (platform, given) =>
    platform === "slack"
      ? `"${given}" is not a Slack team id: it starts with T (or E) followed by capitals and digits, for example T0123ABCD.`
      : `"${given}" is not a Teams tenant id: it looks like 11111111-2222-3333-4444-555555555555.`,
  created: (slug, name, leaders) =>
    `Region ${name} (${slug}) created, without actions yet; ${leaders.length ? `project leaders: ${leaders.join(", ")}` : "without a project leader yet"}.\n` +
    `  Load its agenda with: npm run cli -- import <file> --regio ${slug}`,
  exists: (slug) => `The region ${slug} already exists; nothing changed. npm run cli -- regio list shows every region.`,
  unknownRegion: (slug, known) =>
    `There is no region ${slug}${known.length ? ` (there are: ${known.join(", ")})` : ""}. Create it with: ${ADD.replace("<region>", slug)}`,
  linked: (platform, id, slug) => `${PLATFORM[platform]} ${id} is linked to the region ${slug}.`,
  alreadyLinked: (platform, id, slug) => `${PLATFORM[platform]} ${id} already was linked to the region ${slug}; nothing changed.`,
  linkedElsewhere: (platform, id, other) =>
    `${PLATFORM[platform]} ${id} already belongs to the region ${other}; nothing changed. A workspace or tenant belongs to one region: unlink it first with npm run cli -- regio ontkoppel ${platform} ${id}`,
  unlinked: (platform, id, slug) => `${PLATFORM[platform]} ${id} is no longer linked to the region ${slug}.`,
  notLinked: (platform, id) => `${PLATFORM[platform]} ${id} was not linked to any region; nothing changed.`,
  none: `There is no region yet. Create one with ${ADD}, or start the bot (it loads AGENDA_FILE).`,
  listLine: (region) =>
    `${region.slug}  ${region.name}\n` +
    `  ${region.actions} ${region.actions === 1 ? "action" : "actions"}\n` +
    `  project leaders: ${region.leaders.length ? region.leaders.join(", ") : "none"}\n` +
    `  Slack: ${ids(region, "slack")}\n` +
    `  Teams: ${ids(region, "teams")}`,
} satisfies RegionTexts;

function ids(region: RegionOverview, platform: ChatPlatform): string {
  const found = region.links.filter((link) => link.platform === platform).map((link) => link.tenantId);
  return found.length ? found.join(", ") : "not linked";
}
