import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonExport } from "../../src/core/privacy/person-privacy.js";
import { type CliResult, runCli } from "../support/cli.js";

const LEADER = "pl@haarlem.nl";
const ANNA = "anna@haarlem.nl";

describe("CLI end to end: persoon export and persoon vergeet on a temporary data folder", () => {
  let dir: string;
  let env: Record<string, string>;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-cli-privacy-"));
    env = { DATA_DIR: join(dir, "data"), LEADER_EMAILS: LEADER };
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("exports a person as JSON (printed or to a file), forgets them only with bevestig, and then knows them no more", async () => {
    expect((await cli("trekker", "1.3", ANNA, "--as", LEADER)).code).toBe(0);
    expect((await cli("status", "1.3", "loopt", "eerste", "pilot", "gestart", "--as", ANNA)).code).toBe(0);
    expect((await cli("notitie", "1.3", `${ANNA}`, "belt", "de", "scholen", "--as", LEADER)).code).toBe(0);

    const file = join(dir, "anna.json");
    const written = await cli("persoon", "export", ANNA, "--out", file);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(file);
    const data = JSON.parse(await readFile(file, "utf8")) as PersonExport;
    expect(data.person.email).toBe(ANNA);
    expect(data.leads).toEqual([expect.objectContaining({ action: "1.3" })]);
    expect(data.statusChanges).toEqual([expect.objectContaining({ action: "1.3", to: "loopt", note: "eerste pilot gestart", channel: "cli" })]);
    // Only the owner may read the file: it holds personal data.
    expect((await stat(file)).mode & 0o077).toBe(0);
    const printed = await cli("person", "export", ANNA);
    expect((JSON.parse(printed.stdout) as PersonExport).statusChanges).toHaveLength(1);

    const preview = await cli("persoon", "vergeet", ANNA);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain(`persoon vergeet ${ANNA} bevestig`);
    expect((await cli("persoon", "export", ANNA)).code).toBe(0);

    const forgotten = await cli("persoon", "vergeet", ANNA, "bevestig");
    expect(forgotten.code).toBe(0);
    expect(forgotten.stdout).toContain(`${ANNA} is vergeten`);

    const gone = await cli("persoon", "export", ANNA);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain(`Niemand met het e-mailadres ${ANNA}`);
    const shown = await cli("toon", "1.3");
    expect(shown.stdout).toContain("eerste pilot gestart");
    expect(shown.stdout).not.toContain(ANNA);
    expect(shown.stdout).toMatch(/vergeten-\d+@invalid belt de scholen/);
  }, 240_000);

  it("says how to write it when the arguments do not fit", async () => {
    const wrong = await cli("persoon", "wis", ANNA);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('"persoon wis anna@haarlem.nl" ken ik niet');
    expect(wrong.stderr).toContain("persoon export <e-mail>");
  });
});
