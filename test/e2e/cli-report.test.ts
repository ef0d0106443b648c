/**
 * The CLI end to end (a child process, as `npm run cli`), on PGlite and PostgreSQL: the quarterly report as a file
 * for the project leader only, the CSV for Dutch Excel, and the history export for a period with its dates checked.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runCli } from "../support/cli.js";
import { createPostgresDatabase } from "../support/databases.js";

const LEADER = "pl@haarlem.nl";

describe.each(["pglite", "postgres"] as const)("the report and the exports from the CLI on %s", (kind) => {
  let dir: string;
  let env: Record<string, string>;
  let drop: (() => Promise<void>) | undefined;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-cli-report-"));
    env = { DATA_DIR: join(dir, "data"), LEADER_EMAILS: LEADER };
    if (kind === "postgres") {
      const database = await createPostgresDatabase();
      env.DATABASE_URL = database.url;
      drop = database.drop;
    }
    const first = await cli("toon", "1.1");
    if (first.code !== 0) throw new Error(`the CLI could not load the agenda: ${first.stderr}`);
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await drop?.();
  }, 300_000);

  it("writes the quarterly report for the project leader, as a workbook or Markdown", async () => {
    expect((await cli("status", "1.3", "loopt", "pilot", "gestart", "--as", LEADER)).code).toBe(0);
    const file = join(dir, "rapport.xlsx");
    const written = await cli("rapport", "2026-K4", "--format", "xlsx", "--out", file, "--as", LEADER);
    expect(written.stderr).toBe(`Kwartaalrapport 2026-K4 weggeschreven naar ${file}\n`);
    expect(written.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await readFile(file)).buffer);
    const changes = book.getWorksheet("Wijzigingen");
    const row = changes?.getRow(2);
    expect([row?.getCell(3).value, row?.getCell(7).value]).toEqual(["1.3", "pilot gestart"]);
    expect(row?.getCell(1).value).toBeInstanceOf(Date);
    const md = await cli("rapport", "2026-Q4", "--format", "md", "--as", LEADER, "--lang", "en");
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Quarterly report .* · 2026-K4/);
    expect(md.stdout).toContain("pilot gestart");
  }, 300_000);

  it("refuses the report to anyone but the leader, a quarter that does not read, and a binary file on the screen", async () => {
    const stranger = await cli("rapport", "2026-K4", "--format", "md");
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain("Alleen de projectleider maakt het kwartaalrapport");
    expect(stranger.stdout).toBe("");
    const bad = await cli("rapport", "2026-K7", "--format", "md", "--as", LEADER);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("`2026-K7` is geen kwartaal.");
    const screen = await cli("rapport", "--format", "pdf", "--as", LEADER);
    expect(screen.code).toBe(2);
    expect(screen.stderr).toContain("Een PDF-bestand schrijf ik niet naar het scherm: geef --out <bestand>.");
    expect((await cli("rapport", "--format", "html")).stderr).toContain('--format moet pdf, docx, xlsx of md zijn (niet "html").');
    // Without --format it is the chat command: personal links that sign in and open the file on the dashboard.
    const answer = (await cli("rapport", "--as", LEADER)).stdout;
    expect(answer.match(/\/dashboard\/aanmelden\?t=[0-9a-f]+\.[0-9a-f]{64}/g)).toHaveLength(4);
    expect(answer).toContain("De links zijn persoonlijk: ze melden je aan en openen het bestand.");
  }, 300_000);

  it("exports CSV for Dutch Excel: a BOM, semicolons and a decimal comma", async () => {
    expect((await cli("financiering", "1.4", "toegekend", "PoW", "€40.000,50", "--as", LEADER)).code).toBe(0);
    const excel = await cli("export", "--format", "csv", "--excel");
    expect(excel.code).toBe(0);
    expect(excel.stdout.startsWith("\uFEFFcode;thema;pijler;scope;titel;status;")).toBe(true);
    const line = excel.stdout.split("\r\n").find((l) => l.startsWith("1.4;"));
    expect(line).toContain(";toegekend;PoW;40000,50;");
    expect((await cli("export", "--format", "csv-nl")).stdout).toBe(excel.stdout);
    const plain = await cli("export", "--format", "csv");
    expect(plain.stdout.split("\r\n").find((l) => l.startsWith("1.4,"))).toContain(",toegekend,PoW,40000.50,");
  }, 300_000);

  it("exports the history of a period, one row per change, note, funding change and measurement", async () => {
    expect((await cli("notitie", "2.5", "offerte", "opgevraagd", "--as", LEADER)).code).toBe(0);
    expect((await cli("doel", "2.5", "plaatsingen", "20", "--as", LEADER)).code).toBe(0);
    expect((await cli("meting", "2.5", "1", "7,5", "--as", LEADER)).code).toBe(0);
    const file = join(dir, "geschiedenis.csv");
    const result = await cli("export", "--format", "csv", "--history", "--from", "2026-01-01", "--to", "2027-12-31", "--out", file);
    expect(result.code).toBe(0);
    const lines = (await readFile(file, "utf8")).trim().split("\r\n");
    expect(result.stderr).toBe(`${lines.length - 1} regels geschiedenis weggeschreven naar ${file}\n`);
    expect(lines[0]).toBe("datum,actie,titel,soort,van,naar,bedrag,bron,doel,tekst,door,kanaal");
    const of = (code: string, kind: string) => lines.filter((l) => l.split(",")[1] === code && l.includes(`,${kind},`));
    expect(of("2.5", "notitie").at(-1)).toMatch(/,offerte opgevraagd,pl@haarlem\.nl,CLI$/);
    expect(of("2.5", "meting").at(-1)).toContain(",7.5,,,1 plaatsingen,");
    expect(of("2.5", "status").at(0)).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z,2\.5,.*,status,,nader uit te werken,/);
    const dutch = await cli("export", "--format", "csv-nl", "--history", "--from", "2026-01-01", "--to", "2027-12-31");
    expect(dutch.stdout.split("\r\n").find((l) => l.includes(";meting;"))).toMatch(/^\d\d-\d\d-\d{4} \d\d:\d\d;2\.5;.*;meting;;7,5;/);
    const none = await cli("export", "--format", "csv", "--history", "--from", "2020-01-01", "--to", "2020-03-31");
    expect(none.stdout).toBe("datum,actie,titel,soort,van,naar,bedrag,bron,doel,tekst,door,kanaal\r\n");
  }, 300_000);

  it("names the field when a date of the period is wrong or missing", async () => {
    const wrong = await cli("export", "--format", "csv", "--history", "--from", "2026-13-01", "--to", "2026-12-31");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--from moet een datum zijn als 2026-10-01 (niet "2026-13-01").');
    const missing = await cli("export", "--format", "csv", "--history", "--from", "2026-10-01");
    expect(missing.stderr).toContain("--history heeft een periode nodig: --from 2026-10-01 --to 2026-12-31.");
    const order = await cli("export", "--format", "csv", "--history", "--from", "2026-12-31", "--to", "2026-10-01", "--lang", "en");
    expect(order.stderr).toContain("--from must lie on or before --to.");
    const json = await cli("export", "--format", "json", "--history", "--from", "2026-10-01", "--to", "2026-12-31");
    expect(json.stderr).toContain("--history schrijft CSV");
  }, 300_000);
});
