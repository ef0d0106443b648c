import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/core/commands/grammar.js";
import { buildAppPackage, MANIFEST_DIR, PackageError, renderManifest } from "../../../src/teams/package/app-package.js";
import { pngInfo } from "../../../src/teams/package/png.js";

const require = createRequire(import.meta.url);
// Both are CommonJS modules whose `exports.default` is the real export.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
const IDS = { teamsAppId: "6f1c2a9e-3b7d-4c8e-9f10-2a3b4c5d6e7f", botId: "00000000-1111-2222-3333-444444444444" };

describe("Teams app manifest and package", () => {
  it("is valid against the Teams manifest schema it declares (v1.24)", async () => {
    const manifest = await renderManifest(IDS);
    expect(manifest.manifestVersion).toBe("1.24");
    const schema = JSON.parse(
      await readFile(require.resolve("@microsoft/app-manifest/build/json-schemas/teams/v1.24/MicrosoftTeams.schema.json"), "utf8"),
    );
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("lists only commands the bot understands, in both scopes", async () => {
    const manifest = (await renderManifest(IDS)) as {
      bots: { botId: string; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
    };
    expect(manifest.bots[0]?.botId).toBe(IDS.botId);
    const lists = manifest.bots[0]?.commandLists ?? [];
    expect(lists.flatMap((list) => list.scopes).sort()).toEqual(["groupChat", "personal", "team"]);
    for (const command of lists.flatMap((list) => list.commands)) {
      const parsed = parseCommand(command.title);
      expect(parsed.ok || parsed.error.code !== "unknown-command", command.title).toBe(true);
    }
  });

  it("has a 192×192 colour icon and a 32×32 transparent outline icon", async () => {
    const color = pngInfo(await readFile(join(MANIFEST_DIR, "color.png")));
    const outline = pngInfo(await readFile(join(MANIFEST_DIR, "outline.png")));
    expect(color).toMatchObject({ width: 192, height: 192 });
    expect(outline).toEqual({ width: 32, height: 32, colorType: 6 });
  });

  it("packages the manifest and icons into a zip that unzip accepts", async () => {
    const dir = await mkdtemp(join(tmpdir(), "doe-agenda-teams-zip-"));
    try {
      const zip = join(dir, "app.zip");
      await writeFile(zip, await buildAppPackage(IDS));
      expect(execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).trim().split("\n")).toEqual(["manifest.json", "color.png", "outline.png"]);
      execFileSync("unzip", ["-q", zip, "-d", join(dir, "out")]);
      const manifest = JSON.parse(await readFile(join(dir, "out", "manifest.json"), "utf8")) as { id: string };
      expect(manifest.id).toBe(IDS.teamsAppId);
      expect(await readFile(join(dir, "out", "color.png"))).toEqual(await readFile(join(MANIFEST_DIR, "color.png")));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses an app id that is not a GUID", async () => {
    await expect(renderManifest({ ...IDS, botId: "mijn-bot" })).rejects.toThrow(PackageError);
  });
});
