/**
 * Builds the Teams app package (the zip that Teams' "Upload a custom app" accepts): the manifest with the
 * bot's ids filled in, and the two icons.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { projectRoot } from "../../project-root.js";
import { createZip } from "./zip.js";

export const MANIFEST_DIR = join(projectRoot(), "manifests", "teams");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PackageIds {
  /** The Teams app id (any GUID of yours; defaults to the bot id). */
  teamsAppId: string;
  /** The bot's Microsoft App Id (Azure Bot registration). */
  botId: string;
}

export class PackageError extends Error {}

export async function renderManifest(ids: PackageIds): Promise<Record<string, unknown>> {
  for (const [name, value] of Object.entries(ids)) {
    if (!GUID.test(value)) throw new PackageError(`${name} must be a GUID such as 00000000-0000-0000-0000-000000000000 (got "${value}").`);
  }
  const template = await readFile(join(MANIFEST_DIR, "manifest.json"), "utf8");
  // The placeholders follow Teams Toolkit's ${{NAME}} convention.
  const filled = template.replace(/\$\{\{TEAMS_APP_ID\}\}/g, ids.teamsAppId).replace(/\$\{\{BOT_ID\}\}/g, ids.botId);
  return JSON.parse(filled) as Record<string, unknown>;
}

export async function buildAppPackage(ids: PackageIds): Promise<Buffer> {
  const manifest = await renderManifest(ids);
  return createZip([
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: "color.png", data: await readFile(join(MANIFEST_DIR, "color.png")) },
    { name: "outline.png", data: await readFile(join(MANIFEST_DIR, "outline.png")) },
  ]);
}
