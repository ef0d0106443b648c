/**
 * Builds the Teams app package (the zip that Teams' "Upload a custom app" accepts): the manifest with the
 * bot's ids, the publisher (organisation, its pages) and the version filled in, its English localisation
 * (the manifest itself is Dutch, `nl-NL`), and the two icons.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { projectRoot } from "../../project-root.js";
import { createZip } from "./zip.js";

export const MANIFEST_DIR = join(projectRoot(), "manifests", "teams");
/** The localisation files beside the manifest, as `localizationInfo.additionalLanguages` names them. */
export const LANGUAGE_FILES = ["en-US.json"] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Semantic versioning, as the manifest's `version` requires (https://semver.org). */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface PackageIds {
  /** The Teams app id (any GUID of yours; defaults to the bot id). */
  teamsAppId: string;
  /** The bot's Microsoft App Id (Azure Bot registration). */
  botId: string;
}

/** What the manifest says about who publishes it, and which version it is. */
export interface PackageSettings {
  /** `developer.name`: ORGANISATION_NAME. */
  organisationName: string;
  /** `developer.websiteUrl`: PUBLIC_URL. */
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
  /** package.json's version, or `--version`. */
  version: string;
}

export type PackageOptions = PackageIds & PackageSettings;

export class PackageError extends Error {}

/** The version of the project (package.json), the default version of the app. */
export async function projectVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(projectRoot(), "package.json"), "utf8")) as { version: string }).version;
}

function check(options: PackageOptions): void {
  for (const name of ["teamsAppId", "botId"] as const) {
    const value = options[name];
    if (!GUID.test(value)) throw new PackageError(`${name} must be a GUID such as 00000000-0000-0000-0000-000000000000 (got "${value}").`);
  }
  if (!SEMVER.test(options.version)) throw new PackageError(`The version must be a semantic version such as 1.2.0 (got "${options.version}").`);
  for (const name of ["websiteUrl", "privacyUrl", "termsUrl"] as const) {
    if (!/^https:\/\//i.test(options[name])) throw new PackageError(`${name} must be an https:// address (got "${options[name]}").`);
  }
  if (!options.organisationName.trim() || options.organisationName.length > 32) {
    throw new PackageError(`The organisation name must be 1 to 32 characters (got "${options.organisationName}").`);
  }
}

/** Replaces the `${{NAME}}` placeholders (Teams Toolkit's convention) in every string of the parsed manifest. */
function fill(value: unknown, values: Record<string, string>): unknown {
  if (typeof value === "string") {
    return value.replace(/\$\{\{(\w+)\}\}/g, (placeholder, name: string) => {
      const filled = values[name];
      if (filled === undefined) throw new PackageError(`The manifest template has an unknown placeholder ${placeholder}.`);
      return filled;
    });
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, values));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, values)]));
  return value;
}

export async function renderManifest(options: PackageOptions): Promise<Record<string, unknown>> {
  check(options);
  const template = JSON.parse(await readFile(join(MANIFEST_DIR, "manifest.json"), "utf8")) as unknown;
  return fill(template, {
    TEAMS_APP_ID: options.teamsAppId,
    BOT_ID: options.botId,
    APP_VERSION: options.version,
    ORGANISATION_NAME: options.organisationName.trim(),
    WEBSITE_URL: options.websiteUrl,
    PRIVACY_URL: options.privacyUrl,
    TERMS_URL: options.termsUrl,
  }) as Record<string, unknown>;
}

/** A localisation file as it goes into the package. */
export async function readLanguageFile(name: (typeof LANGUAGE_FILES)[number]): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(MANIFEST_DIR, name), "utf8")) as Record<string, unknown>;
}

export async function buildAppPackage(options: PackageOptions): Promise<Buffer> {
  const manifest = await renderManifest(options);
  const languages = await Promise.all(
    LANGUAGE_FILES.map(async (name) => ({ name, data: Buffer.from(`${JSON.stringify(await readLanguageFile(name), null, 2)}\n`) })),
  );
  return createZip([
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    ...languages,
    { name: "color.png", data: await readFile(join(MANIFEST_DIR, "color.png")) },
    { name: "outline.png", data: await readFile(join(MANIFEST_DIR, "outline.png")) },
  ]);
}
