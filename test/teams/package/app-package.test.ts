import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ConfigError, loadPublisher } from "../../../src/config/env.js";
import { parseCommand } from "../../../src/core/commands/grammar.js";
import { buildAppPackage, MANIFEST_DIR, PackageError, readLanguageFile, renderManifest } from "../../../src/teams/package/app-package.js";
import { pngInfo } from "../../../src/teams/package/png.js";
import { ROOT } from "../../support/cli.js";

const require = createRequire(import.meta.url);
// Both are CommonJS modules whose `exports.default` is the real export.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
const IDS = {
  teamsAppId: "6f1c2a9e-3b7d-4c8e-9f10-2a3b4c5d6e7f",
  botId: "00000000-1111-2222-3333-444444444444",
  organisationName: "Gemeente Haarlem",
  websiteUrl: "https://doe-agenda.haarlem.nl",
  privacyUrl: "https://doe-agenda.haarlem.nl/privacy",
  termsUrl: "https://doe-agenda.haarlem.nl/voorwaarden",
  version: "1.4.0",
};
const SCHEMAS = "@microsoft/app-manifest/build/json-schemas/teams/v1.24";

async function validator(file: string) {
  // The localisation schema's patterns (`\b]`) are valid JavaScript regular expressions only without the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(await readFile(require.resolve(`${SCHEMAS}/${file}`), "utf8")));
}

/** Runs `npm run teams:package` (its script) with these settings and no others of the environment. */
function teamsPackage(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(PUBLIC_URL|ORGANISATION_NAME|PRIVACY_URL|TERMS_URL|TEAMS_APP_ID|MicrosoftApp)/.test(name)),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["src/dev-runner.mjs", "src/teams/package/main.ts", ...args],
      { cwd: ROOT, env: { ...clean, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("Teams app manifest and package", () => {
  it("is valid against the Teams manifest schema it declares (v1.24)", async () => {
    const manifest = await renderManifest(IDS);
    expect(manifest.manifestVersion).toBe("1.24");
    const validate = await validator("MicrosoftTeams.schema.json");
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("names the bot's app registration in webApplicationInfo, for the Graph permissions an administrator consents to", async () => {
    const manifest = await renderManifest(IDS);
    expect(manifest.webApplicationInfo).toEqual({ id: IDS.botId });
  });

  it("names the publisher and version from the settings, with no placeholder left", async () => {
    const manifest = await renderManifest(IDS);
    expect(manifest.version).toBe("1.4.0");
    expect(manifest.developer).toEqual({
      name: "Gemeente Haarlem",
      websiteUrl: "https://doe-agenda.haarlem.nl",
      privacyUrl: "https://doe-agenda.haarlem.nl/privacy",
      termsOfUseUrl: "https://doe-agenda.haarlem.nl/voorwaarden",
    });
    const text = JSON.stringify(manifest);
    expect(text).not.toContain("example.nl");
    expect(text).not.toContain("${{");
    // A name with quotes stays a name: the template is filled as JSON, not as text.
    const quoted = await renderManifest({ ...IDS, organisationName: 'Regio "ZKIJ"' });
    expect((quoted.developer as { name: string }).name).toBe('Regio "ZKIJ"');
    await expect(renderManifest({ ...IDS, version: "2" })).rejects.toThrow(PackageError);
    await expect(renderManifest({ ...IDS, websiteUrl: "http://doe-agenda.haarlem.nl" })).rejects.toThrow(PackageError);
  });

  it("is Dutch by default, with an English localisation file valid against Teams' schema", async () => {
    const manifest = (await renderManifest(IDS)) as {
      localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
      bots: { commandLists: { commands: { title: string; description: string }[] }[] }[];
    };
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: "nl-NL", additionalLanguages: [{ languageTag: "en-US", file: "en-US.json" }] });
    const english = await readLanguageFile("en-US.json");
    const validate = await validator("MicrosoftTeams.Localization.schema.json");
    const valid = validate(english);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(english["name.short"]).toBeTruthy();
    expect(english["description.full"]).toBeTruthy();
    // Every command is translated, and the English title runs the same command as the Dutch one.
    manifest.bots[0]?.commandLists.forEach((list, l) => {
      list.commands.forEach((command, c) => {
        const title = english[`bots[0].commandLists[${l}].commands[${c}].title`] as string;
        expect(english[`bots[0].commandLists[${l}].commands[${c}].description`], command.title).toBeTruthy();
        const dutch = parseCommand(command.title);
        const translated = parseCommand(title);
        const name = (parsed: typeof dutch) => (parsed.ok ? parsed.command.name : parsed.error.code);
        expect(name(translated), `${command.title} / ${title}`).toBe(name(dutch));
      });
    });
  });

  it("reads the publisher settings with the service's configuration rules", () => {
    expect(loadPublisher({ PUBLIC_URL: "https://bot.haarlem.nl/", ORGANISATION_NAME: "Gemeente Haarlem" })).toEqual({
      publicUrl: "https://bot.haarlem.nl",
      organisationName: "Gemeente Haarlem",
      privacyUrl: "https://bot.haarlem.nl/privacy",
      termsUrl: "https://bot.haarlem.nl/voorwaarden",
    });
    expect(() => loadPublisher({ PUBLIC_URL: "http://bot.haarlem.nl" })).toThrow(ConfigError);
    expect(() => loadPublisher({ ORGANISATION_NAME: "x".repeat(33) })).toThrow(/ORGANISATION_NAME: must be at most 32 characters/);
  });

  it("npm run teams:package takes the version of package.json or --version, and asks for what is missing", async () => {
    const env = { MicrosoftAppId: IDS.botId, PUBLIC_URL: "https://bot.haarlem.nl", ORGANISATION_NAME: "Gemeente Haarlem" };
    const version = (JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    const zip = join(ROOT, "dist", "teams", "doe-agenda.zip");
    const manifestIn = (file: string) =>
      JSON.parse(execFileSync("unzip", ["-p", file, "manifest.json"], { encoding: "utf8" })) as Record<string, unknown>;
    const plain = await teamsPackage([], env);
    expect(plain.stderr).toBe("");
    expect(plain.stdout).toContain(`(version ${version})`);
    expect(manifestIn(zip)).toMatchObject({ version, developer: { name: "Gemeente Haarlem", websiteUrl: "https://bot.haarlem.nl" } });
    const flagged = await teamsPackage(["--version", "2.3.4"], env);
    expect(flagged.code).toBe(0);
    expect(manifestIn(zip).version).toBe("2.3.4");
    const missing = await teamsPackage([], { MicrosoftAppId: IDS.botId });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Set PUBLIC_URL");
    expect(missing.stderr).toContain("ORGANISATION_NAME");
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
      expect(execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).trim().split("\n")).toEqual([
        "manifest.json",
        "en-US.json",
        "color.png",
        "outline.png",
      ]);
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
