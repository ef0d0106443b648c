import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgendaExport } from "../../src/core/exports.js";
import { type CliResult, runCli } from "../support/cli.js";

const LEADER = "pl@haarlem.nl";

describe("CLI end to end: an escalation raised, answered and exported", () => {
  let dir: string;
  let env: Record<string, string>;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-cli-escalations-"));
    env = { DATA_DIR: join(dir, "data"), LEADER_EMAILS: LEADER };
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("raises #1, lets the leader answer it, refuses a reader, and exports its life cycle", async () => {
    const raised = await cli("escaleer", "2.5", "RWB:", "wie", "financiert", "de", "pilot?", "--as", LEADER);
    expect(raised.stderr).toBe("");
    expect(raised.code).toBe(0);
    expect(raised.stdout).toContain("✓ Vraag #1 over 2.5 voorgelegd aan RWB");

    const refused = await cli("antwoord", "1", "ja");
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("✗ Alleen de projectleider en wie in een kanaal van het overleg zit, kan `antwoord` gebruiken.");
    const answered = await cli("answer", "#1", "het", "RWB", "betaalt", "--as", LEADER, "--lang", "en");
    expect(answered.stdout).toContain("✓ Escalation #1 about 2.5 is answered and closed.");

    const json = JSON.parse((await cli("export", "--format", "json")).stdout) as AgendaExport;
    expect(json.escalaties).toEqual([
      expect.objectContaining({
        nummer: 1,
        actie: "2.5",
        overleg: "RWB",
        vraag: "wie financiert de pilot?",
        status: "beantwoord",
        afhandeling: "het RWB betaalt",
      }),
    ]);
    expect(json.escalaties?.[0]?.afgehandeldDoor).toBe(LEADER);
  }, 300_000);
});
