/**
 * The patch of patches/ applied at install: teams-ai's Application loads its sign-in support (botbuilder-dialogs,
 * Microsoft's text recognizers: some 40 MB) and its AI planners only when an app is configured with them. Checked
 * in a fresh Node, as the service loads it; a teams-ai upgrade that drops the patch fails here (and at install).
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/cli.js";

/** The packages under node_modules that a script loaded, by name. */
function packagesLoadedBy(script: string): string[] {
  const report = `
    ${script}
    const names = new Set();
    for (const file of Object.keys(require.cache)) {
      const match = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(file);
      if (match) names.add(match[1]);
    }
    console.log(JSON.stringify([...names]));`;
  const run = spawnSync(process.execPath, ["-e", report], { cwd: ROOT, encoding: "utf8" });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as string[];
}

describe("teams-ai as the service loads it", () => {
  it("leaves the sign-in dialogs and the AI planners unloaded for an app without them", () => {
    const loaded = packagesLoadedBy(`
      const { Application } = require("@microsoft/teams-ai/lib/Application.js");
      new Application({});`);
    expect(loaded).toContain("botbuilder");
    expect(loaded).not.toContain("botbuilder-dialogs");
    expect(loaded).not.toContain("@microsoft/recognizers-text-suite");
    expect(loaded).not.toContain("yaml");
  });

  it("still loads the sign-in support when an app asks for it", () => {
    const loaded = packagesLoadedBy(`
      const { MemoryStorage } = require("botbuilder");
      const { Application } = require("@microsoft/teams-ai/lib/Application.js");
      const { TeamsAdapter } = require("@microsoft/teams-ai/lib/TeamsAdapter.js");
      new Application({ adapter: new TeamsAdapter({}), storage: new MemoryStorage(), authentication: { settings: { graph: { connectionName: "graph", title: "Sign in" } } } });`);
    expect(loaded).toContain("botbuilder-dialogs");
  });
});
