/** Dutch texts of `npm run cli -- regio …` and `import --regio`: the regions of one deployment. */
import type { RegionOverview } from "../regions/region-admin.js";
import type { ChatPlatform } from "../regions/region-ports.js";

/** The column the CLI usage's descriptions start at. */
const W = 64;
/** A usage line: the command, then its description from column W (or after three spaces when the command is longer). */
const line = (command: string, description: string) => `${command.length >= W ? `${command}   ` : command.padEnd(W)}${description}\n`;
const PLATFORM: Record<ChatPlatform, string> = { slack: "Slack-werkruimte", teams: "Teams-tenant" };
const ADD = 'npm run cli -- regio add <regio> --naam "<naam>" [--leider <e-mail>]…';

export const regionsNl = {
  cliUsage:
    line(`  npm run cli -- import <bestand> --regio <regio>`, "een agendabestand in die regio laden (de regio van het bestand telt dan niet)") +
    line(`  npm run cli -- regio add <regio> --naam "<naam>" [--leider <e-mail>]…`, "een nieuwe, lege regio met haar projectleiders") +
    line(`  npm run cli -- regio list`, "alle regio's: acties, projectleiders, gekoppelde werkruimtes en tenants") +
    line(`  npm run cli -- regio koppel <regio> slack|teams <id>`, "een Slack-werkruimte (team-id) of Teams-tenant aan een regio koppelen") +
    line(`  npm run cli -- regio ontkoppel slack|teams <id>`, "die koppeling ongedaan maken"),
  unknownSubcommand: (given: string) =>
    `"regio ${given}" ken ik niet. Gebruik regio add <regio> --naam "<naam>", regio list, regio koppel <regio> slack|teams <id> of regio ontkoppel slack|teams <id>.`,
  needsSlug: `Noem de regio, bijvoorbeeld: ${ADD.replace("<regio>", "haarlem-eo").replace('"<naam>"', '"Haarlem e.o."')}`,
  slugInvalid: (given: string) =>
    `"${given}" kan geen regio zijn: schrijf kleine letters en cijfers, woorden verbonden met een streepje (hoogstens 64 tekens), bijvoorbeeld zuid-kennemerland.`,
  needsName: (slug: string) => `regio add heeft een naam nodig: npm run cli -- regio add ${slug} --naam "<naam van de regio>"`,
  nameInvalid: "--naam moet 1 tot 200 tekens lang zijn, zonder onzichtbare stuurtekens.",
  leaderInvalid: (given: string, problem: string) => `--leider "${given}" is geen e-mailadres: ${problem}.`,
  platformInvalid: (given: string) => `Kies slack of teams (niet "${given}").`,
  tenantInvalid: (platform: ChatPlatform, given: string) =>
    platform === "slack"
      ? `"${given}" is geen Slack-team-id: dat begint met T (of E) gevolgd door hoofdletters en cijfers, bijvoorbeeld T0123ABCD.`
      : `"${given}" is geen Teams-tenant-id: dat ziet eruit als 11111111-2222-3333-4444-555555555555.`,
  created: (slug: string, name: string, leaders: readonly string[]) =>
    `Regio ${name} (${slug}) aangemaakt, nog zonder acties; ${leaders.length ? `projectleiders: ${leaders.join(", ")}` : "nog zonder projectleider"}.\n` +
    `  Laad haar agenda met: npm run cli -- import <bestand> --regio ${slug}`,
  exists: (slug: string) => `De regio ${slug} bestaat al; er is niets gewijzigd. npm run cli -- regio list toont alle regio's.`,
  unknownRegion: (slug: string, known: readonly string[]) =>
    `De regio ${slug} bestaat niet${known.length ? ` (wel: ${known.join(", ")})` : ""}. Maak haar aan met: ${ADD.replace("<regio>", slug)}`,
  linked: (platform: ChatPlatform, id: string, slug: string) => `${PLATFORM[platform]} ${id} is gekoppeld aan de regio ${slug}.`,
  alreadyLinked: (platform: ChatPlatform, id: string, slug: string) =>
    `${PLATFORM[platform]} ${id} was al gekoppeld aan de regio ${slug}; er is niets gewijzigd.`,
  linkedElsewhere: (platform: ChatPlatform, id: string, other: string) =>
    `${PLATFORM[platform]} ${id} hoort al bij de regio ${other}; er is niets gewijzigd. Een werkruimte of tenant hoort bij één regio: ontkoppel haar eerst met npm run cli -- regio ontkoppel ${platform} ${id}`,
  unlinked: (platform: ChatPlatform, id: string, slug: string) => `${PLATFORM[platform]} ${id} is niet meer gekoppeld aan de regio ${slug}.`,
  notLinked: (platform: ChatPlatform, id: string) => `${PLATFORM[platform]} ${id} was aan geen regio gekoppeld; er is niets gewijzigd.`,
  none: `Er is nog geen regio. Maak er een aan met ${ADD}, of start de bot (die laadt AGENDA_FILE).`,
  listLine: (region: RegionOverview) =>
    `${region.slug}  ${region.name}\n` +
    `  ${region.actions} ${region.actions === 1 ? "actie" : "acties"}\n` +
    `  projectleiders: ${region.leaders.length ? region.leaders.join(", ") : "geen"}\n` +
    `  Slack: ${ids(region, "slack")}\n` +
    `  Teams: ${ids(region, "teams")}`,
};

function ids(region: RegionOverview, platform: ChatPlatform): string {
  const found = region.links.filter((link) => link.platform === platform).map((link) => link.tenantId);
  return found.length ? found.join(", ") : "niet gekoppeld";
}
