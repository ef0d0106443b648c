import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CliResult, runCli } from "../support/cli.js";
import { createPostgresDatabase, DATABASE_KINDS } from "../support/databases.js";

const LEADER = "pl@haarlem.nl";
const AGENDA = "agenda/zuid-kennemerland-ijmond.yaml";
const TENANT = "11111111-2222-3333-4444-555555555555";

describe.each(DATABASE_KINDS)("CLI regions end to end on %s", (kind) => {
  let env: Record<string, string>;
  let cleanUp: () => Promise<void>;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);
  const inRegion = (slug: string, ...args: string[]): Promise<CliResult> => runCli(args, { ...env, AGENDA_SLUG: slug });

  beforeEach(async () => {
    if (kind === "postgres") {
      const database = await createPostgresDatabase();
      env = { DATABASE_URL: database.url, LEADER_EMAILS: LEADER };
      cleanUp = database.drop;
    } else {
      const dir = await mkdtemp(join(tmpdir(), "doe-agenda-regions-"));
      env = { DATA_DIR: join(dir, "data"), LEADER_EMAILS: LEADER };
      cleanUp = () => rm(dir, { recursive: true, force: true });
    }
  });
  afterEach(async () => cleanUp());

  it("creates a region with its leaders, imports an agenda into it, and only its own leaders lead there", async () => {
    expect((await cli("import", AGENDA)).code).toBe(0);
    const created = await cli("regio", "add", "haarlem-eo", "--naam", "Haarlem e.o.", "--leider", "An@Haarlem.nl", "--leider", "bob@velsen.nl");
    expect(created.stderr).toBe("");
    expect(created.stdout).toContain("Regio Haarlem e.o. (haarlem-eo) aangemaakt, nog zonder acties; projectleiders: an@haarlem.nl, bob@velsen.nl.");
    const again = await cli("regio", "add", "haarlem-eo", "--naam", "Iets anders");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("De regio haarlem-eo bestaat al; er is niets gewijzigd.");

    const imported = await cli("import", AGENDA, "--regio", "haarlem-eo");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("Haarlem e.o. (haarlem-eo) geïmporteerd: 64 acties");
    const unknown = await cli("import", AGENDA, "--regio", "velsen", "--lang", "en");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("There is no region velsen (there are: zuid-kennemerland-ijmond, haarlem-eo).");

    const list = (await cli("regio", "list")).stdout;
    expect(list).toContain(
      "zuid-kennemerland-ijmond  Regionale doe-agenda arbeidsmarkt Zuid-Kennemerland en IJmond\n  64 acties\n  projectleiders: pl@haarlem.nl",
    );
    expect(list).toContain("haarlem-eo  Haarlem e.o.\n  64 acties\n  projectleiders: an@haarlem.nl, bob@velsen.nl\n  Slack: niet gekoppeld");

    // LEADER_EMAILS lead the first region only; the second has its own leaders.
    expect((await inRegion("haarlem-eo", "trekker", "1.3", "carla@uwv.nl", "--as", LEADER)).stdout).toContain("Alleen de projectleider");
    const added = await inRegion("haarlem-eo", "leider", "toevoegen", "carla@uwv.nl", "--as", "an@haarlem.nl");
    expect(added.stdout).toContain("✓ carla@uwv.nl is nu projectleider van deze regio.");
    const first = await cli("leiders", "--as", LEADER);
    expect(first.stdout).toContain("1 projectleider in deze regio");
    expect(first.stdout).not.toContain("carla@uwv.nl");
    expect((await cli("regio", "list", "--lang", "en")).stdout).toContain("project leaders: an@haarlem.nl, bob@velsen.nl, carla@uwv.nl");
  }, 240_000);

  it("links a workspace or tenant to one region only, and unlinks it", async () => {
    expect((await cli("regio", "add", "noord", "--naam", "Noord")).code).toBe(0);
    expect((await cli("regio", "add", "zuid", "--naam", "Zuid", "--leider", "z@zuid.nl")).code).toBe(0);
    expect((await cli("regio", "koppel", "noord", "slack", "T0123ABC")).stdout).toBe("Slack-werkruimte T0123ABC is gekoppeld aan de regio noord.\n");
    expect((await cli("regio", "koppel", "noord", "slack", "T0123ABC")).stdout).toContain("was al gekoppeld aan de regio noord");
    const taken = await cli("regio", "koppel", "zuid", "slack", "T0123ABC");
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("Slack-werkruimte T0123ABC hoort al bij de regio noord; er is niets gewijzigd.");
    expect(taken.stderr).toContain("npm run cli -- regio ontkoppel slack T0123ABC");
    expect((await cli("regio", "koppel", "zuid", "teams", TENANT)).code).toBe(0);
    const missing = await cli("regio", "koppel", "west", "teams", TENANT);
    expect(missing.stderr).toContain("De regio west bestaat niet (wel: noord, zuid).");

    const list = (await cli("regio", "list")).stdout;
    // The first region: LEADER_EMAILS lead it.
    expect(list).toContain("noord  Noord\n  0 acties\n  projectleiders: pl@haarlem.nl\n  Slack: T0123ABC\n  Teams: niet gekoppeld");
    expect(list).toContain(`zuid  Zuid\n  0 acties\n  projectleiders: z@zuid.nl\n  Slack: niet gekoppeld\n  Teams: ${TENANT}`);

    expect((await cli("regio", "ontkoppel", "slack", "T0123ABC")).stdout).toContain(
      "Slack-werkruimte T0123ABC is niet meer gekoppeld aan de regio noord.",
    );
    const none = await cli("regio", "ontkoppel", "slack", "T0123ABC", "--lang", "en");
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Slack workspace T0123ABC was not linked to any region; nothing changed.");
    expect((await cli("regio", "koppel", "zuid", "slack", "T0123ABC")).code).toBe(0);
  }, 240_000);
});

describe("CLI region arguments, refused before the database is opened", () => {
  const env = { DATA_DIR: join(tmpdir(), "doe-agenda-never-created"), LEADER_EMAILS: LEADER };
  const refused = async (...args: string[]) => {
    const result = await runCli(args, env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    return result.stderr;
  };

  it("names the argument that is wrong and how to write it, in the user's language", async () => {
    expect(await refused("regio", "add", "Haarlem EO", "--naam", "x")).toContain(
      '"Haarlem EO" kan geen regio zijn: schrijf kleine letters en cijfers',
    );
    expect(await refused("regio", "add", "haarlem")).toContain(
      'regio add heeft een naam nodig: npm run cli -- regio add haarlem --naam "<naam van de regio>"',
    );
    expect(await refused("regio", "add", "haarlem", "--naam", " ")).toContain("--naam moet 1 tot 200 tekens lang zijn");
    expect(await refused("regio", "add", "haarlem", "--naam", "H", "--leider", "an.haarlem.nl")).toContain(
      '--leider "an.haarlem.nl" is geen e-mailadres: er staat geen @ in.',
    );
    expect(await refused("regio", "koppel", "haarlem", "whatsapp", "T0123ABC")).toContain('Kies slack of teams (niet "whatsapp").');
    expect(await refused("regio", "koppel", "haarlem", "slack", "workspace")).toContain('"workspace" is geen Slack-team-id');
    expect(await refused("regio", "ontkoppel", "teams", "tenant-1", "--lang", "en")).toContain('"tenant-1" is not a Teams tenant id');
    expect(await refused("regio", "verwijder", "haarlem")).toContain('"regio verwijder haarlem" ken ik niet.');
    expect(await refused("import", AGENDA, "--regio", "Haarlem!")).toContain('"Haarlem!" kan geen regio zijn');
  }, 120_000);
});
