import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/persistence/data-dir-lock.js";
import { type CliResult, runCli } from "../support/cli.js";

const LEADER = "pl@haarlem.nl";

describe("CLI end to end on a temporary data folder (a copy of a freshly loaded one for each test)", () => {
  let loaded: string;
  let dir: string;
  let env: Record<string, string>;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    loaded = await mkdtemp(join(tmpdir(), "doe-agenda-cli-loaded-"));
    const first = await runCli(["toon", "1.1"], { DATA_DIR: loaded, LEADER_EMAILS: LEADER });
    if (first.code !== 0) throw new Error(`the CLI could not load the agenda: ${first.stderr}`);
  });
  afterAll(async () => rm(loaded, { recursive: true, force: true }));
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-cli-"));
    env = { DATA_DIR: join(dir, "data"), LEADER_EMAILS: LEADER };
    await cp(loaded, env.DATA_DIR ?? "", { recursive: true, filter: (source) => !source.endsWith(LOCK_FILE) });
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it("loads the agenda on first use and shows an action", async () => {
    const result = await runCli(["toon", "1.3"], { ...env, DATA_DIR: join(dir, "empty") });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1.3 Loopbaanadvies in de praktijk koppelen aan om- en bijscholing");
    expect(result.stdout).toContain("Status:              nader uit te werken");
  });

  it("assigns a lead, lets the lead change the status, and keeps it across runs", async () => {
    expect((await cli("trekker", "1.3", "anna@haarlem.nl", "--as", LEADER)).stdout).toContain("anna@haarlem.nl is nu trekker van 1.3.");
    const status = await cli("status", "1.3", "loopt", "eerste", "pilot", "gestart", "--as", "anna@haarlem.nl");
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("✓ Status van 1.3 gewijzigd: nader uit te werken → loopt.");
    const shown = await cli("toon", "1.3", "--lang", "en");
    expect(shown.stdout).toMatch(/Status:\s+running/);
    expect(shown.stdout).toContain("eerste pilot gestart");
  });

  it("refuses a change by a reader with exit code 1 and a message saying how to get access", async () => {
    const result = await cli("status", "1.3", "afgerond");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✗ Je bent (nog) niet bekend in de doe-agenda");
    expect((await cli("toon", "1.3")).stdout).toContain("Status:              nader uit te werken");
  });

  it("exports the agenda as JSON with the source's Dutch labels, as CSV and as Markdown", async () => {
    const json = JSON.parse((await cli("export", "--format", "json")).stdout) as {
      actions: { code: string; status: string; pijler: string; trekkers: string[] }[];
      overleggen: unknown[];
    };
    expect(json.actions.filter((action) => /^\d+\.\d+$/.test(action.code))).toHaveLength(46);
    expect(json.overleggen).toHaveLength(16);
    expect(json.actions.find((action) => action.code === "1.4")).toMatchObject({
      status: "nader uit te werken",
      pijler: "uitkering naar werk",
      trekkers: ["UWV"],
    });
    const csvFile = join(dir, "agenda.csv");
    const csv = await cli("export", "--format", "csv", "--out", csvFile);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe(`64 acties weggeschreven naar ${csvFile}\n`);
    const lines = (await readFile(csvFile, "utf8")).trim().split("\r\n");
    expect(lines[0]).toBe(
      "code,thema,pijler,scope,titel,status,trekkers,financiering,financiering_status,financiering_bron,financiering_bedrag,financiering_toelichting,laatste_update,deadline,doelen",
    );
    expect(lines).toHaveLength(json.actions.length + 1);
    expect(lines.find((line) => line.startsWith("1.1,"))).toContain(",loopt,");
    expect(lines.find((line) => line.startsWith("1.3,"))).toContain(",nader uit te werken,");
    const md = await cli("export", "--format", "md");
    expect(md.stdout).toContain("## Thema 4: Aansluiting onderwijs en arbeidsmarkt");
    expect(md.stdout).toContain("| 1.3 | REGIONAAL |");
    expect((await cli("export", "--format", "pdf")).stderr).toContain('--format moet json, csv, csv-nl of md zijn (niet "pdf").');
  });

  it("rejects an invalid agenda file, naming entry and field, and stores nothing", async () => {
    const before = (await cli("export", "--format", "json")).stdout;
    const bad = join(dir, "bad.yaml");
    await writeFile(
      bad,
      `version: 1
agenda: { slug: zuid-kennemerland-ijmond, name: Kapot }
pijlers: [{ code: werk-naar-werk, name: Werk naar werk }]
themas: [{ number: 6, title: Preventie, pijler: werk-naar-werk, voorWie: Werkenden }]
acties:
  - { code: "6.1", thema: 6, scope: REGIONAAL, title: Een, status: loopt, trekkers: [UWV], financiering: PoW }
  - { code: "6.1", thema: 6, scope: REGIONAAL, title: Twee, status: loopt, trekkers: [UWV], financiering: PoW }
  - { code: "7.1", thema: 7, scope: REGIONAAL, title: Drie, status: loopt, trekkers: [UWV], financiering: PoW }
  - { code: "6.3", thema: 6, scope: REGIONAAL, status: loopt, trekkers: [UWV], financiering: PoW }
`,
    );
    const result = await cli("import", bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`acties[1] (code "6.1") → code: duplicate action code "6.1"`);
    expect(result.stderr).toContain(`acties[2] (code "7.1") → thema: unknown theme 7`);
    expect(result.stderr).toMatch(/acties\[3\] \(code "6\.3"\) → title: /);
    expect(result.stderr).toContain(`Het agendabestand ${bad} is niet geldig:`);
    expect(result.stderr).toContain("er is niets opgeslagen");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await cli("export", "--format", "json")).stdout).toBe(before);
  });

  it("imports the same file twice without changing anything, and says where a status differs from the file", async () => {
    expect((await cli("status", "1.3", "loopt", "--as", LEADER)).code).toBe(0);
    const result = await cli("import", "agenda/zuid-kennemerland-ijmond.yaml");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Regionale .* geïmporteerd: 64 acties, 8 thema's, 16 overleggen\.$/m);
    expect(result.stdout).toContain("0 nieuw, 0 bijgewerkt, 64 ongewijzigd, 0 vervallen.");
    expect(result.stdout).toContain("De status wijkt af van het bestand bij 1.3");
  });

  it("says what to do when the data folder is in use by another process", async () => {
    await writeFile(join(env.DATA_DIR ?? "", LOCK_FILE), String(process.pid));
    try {
      const result = await cli("toon", "1.3");
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`is in gebruik door een ander lopend proces (pid ${process.pid})`);
      expect(result.stderr).toContain("Stop dat proces eerst");
      expect(result.stderr).not.toMatch(/\n\s+at /);
      const english = await cli("toon", "1.3", "--lang", "en");
      expect(english.stderr).toContain(`is in use by another running process (pid ${process.pid})`);
      expect(english.stderr).toContain("Stop that process first");
    } finally {
      await rm(join(env.DATA_DIR ?? "", LOCK_FILE), { force: true });
    }
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    await writeFile(join(env.DATA_DIR ?? "", LOCK_FILE), "999999");
    const result = await cli("toon", "1.3");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1.3 Loopbaanadvies");
  });

  it("says what to do when the data folder is damaged", async () => {
    await writeFile(join(env.DATA_DIR ?? "", "pglite", "PG_VERSION"), "garbage\n");
    await rm(join(env.DATA_DIR ?? "", "pglite", "global"), { recursive: true, force: true });
    const result = await cli("toon", "1.1");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("kon niet als database worden geopend (hij lijkt beschadigd)");
    expect(result.stderr).toContain("Zet hem terug uit een back-up, of zet de map opzij");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const english = await cli("toon", "1.1", "--lang", "en");
    expect(english.stderr).toContain("could not be opened as a database (it looks damaged)");
    expect(english.stderr).toContain("Restore it from a backup, or move the folder aside");
  });

  it("says what is wrong with a file or the database in the person's language, never with a stack trace", async () => {
    const missing = await cli("import", join(dir, "geen-agenda.yaml"));
    expect(missing.stderr).toContain("  - bestand: het bestand bestaat niet\nVerbeter het bestand");
    expect((await cli("import", join(dir, "geen-agenda.yaml"), "--lang", "en")).stderr).toContain("  - file: the file does not exist\nFix the file");
    const people = await cli("mensen", "import", join(dir, "geen-mensen.csv"));
    expect(people).toMatchObject({ code: 1, stderr: `Het bestand ${join(dir, "geen-mensen.csv")} bestaat niet.\n` });
    const unwritable = await cli("export", "--format", "csv", "--out", join(dir, "geen-map", "agenda.csv"));
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/^Kan niet schrijven naar .*geen-map\/agenda\.csv: .*Er is niets weggeschreven\.\n$/);
    // Nothing listens on port 1.
    const database = await runCli(["toon", "1.1"], { ...env, DATABASE_URL: "postgresql://doe:geheim@127.0.0.1:1/doe" });
    expect(database.code).toBe(1);
    expect(database.stderr).toMatch(/^Geen verbinding met PostgreSQL op postgresql:\/\/doe:\*+@127\.0\.0\.1:1\/doe: .*Controleer DATABASE_URL/);
    for (const result of [missing, people, unwritable, database]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("says its own lines in the person's language: --lang, else DEFAULT_LOCALE", async () => {
    const dutch = await cli("--help");
    expect(dutch.stdout).toMatch(/^Gebruik:\n/);
    expect(dutch.stdout).toContain("de agenda wegschrijven");
    expect((await cli("--help", "--lang", "en")).stdout).toMatch(/^Usage:\n/);
    expect((await runCli(["--help"], { ...env, DEFAULT_LOCALE: "en" })).stdout).toMatch(/^Usage:\n/);
    expect((await runCli(["--help", "--lang", "nl"], { ...env, DEFAULT_LOCALE: "en" })).stdout).toMatch(/^Gebruik:\n/);
    const wrong = await cli("toon", "1.3", "--as", "niemand");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^--as heeft een e-mailadres nodig \(niet "niemand"\)\.\n\nGebruik:/);
    expect((await cli("import", "--lang", "en")).stderr).toMatch(/^import needs exactly one file/);
    const csvFile = join(dir, "agenda.csv");
    expect((await cli("export", "--format", "csv", "--out", csvFile, "--lang", "en")).stderr).toBe(`Wrote 64 actions to ${csvFile}\n`);
    const imported = await cli("import", "agenda/zuid-kennemerland-ijmond.yaml", "--lang", "en");
    expect(imported.stdout).toContain("0 created, 0 updated, 64 unchanged, 0 retired.");
  });

  it("explains a bad setting by name", async () => {
    const result = await runCli(["toon", "1.1"], { ...env, LEADER_EMAILS: "niet-een-adres" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("LEADER_EMAILS");
    expect(result.stderr).toContain("comma-separated e-mail addresses");
  });
});
