/**
 * `npm run teams:package`: writes dist/teams/doe-agenda.zip for Teams' "Upload a custom app", with the
 * publisher from PUBLIC_URL and ORGANISATION_NAME (PRIVACY_URL, TERMS_URL) and the version of package.json
 * (`npm run teams:package -- --version 1.4.0` sets another; Teams wants a higher one for every update).
 * `npm run teams:package -- --icons` redraws manifests/teams/color.png and outline.png.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadDotEnv } from "../../config/dotenv.js";
import { ConfigError, loadPublisher } from "../../config/env.js";
import { projectRoot } from "../../project-root.js";
import { buildAppPackage, MANIFEST_DIR, PackageError, projectVersion } from "./app-package.js";
import { colorIcon, outlineIcon } from "./icons.js";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** `--version 1.2.3` or `--version=1.2.3`. */
function versionFlag(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === "--version" || arg.startsWith("--version="));
  if (index < 0) return undefined;
  const arg = argv[index] ?? "";
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
  if (!value || value.startsWith("--")) fail("--version needs a version, e.g. npm run teams:package -- --version 1.2.0");
  return value;
}

loadDotEnv();
if (process.argv.includes("--icons")) {
  await writeFile(join(MANIFEST_DIR, "color.png"), colorIcon());
  await writeFile(join(MANIFEST_DIR, "outline.png"), outlineIcon());
  process.stdout.write(`Drew the icons in ${MANIFEST_DIR}\n`);
} else {
  const botId = process.env.MicrosoftAppId?.trim();
  if (!botId) fail("Set MicrosoftAppId (the app id of your Azure Bot registration), then run again: MicrosoftAppId=… npm run teams:package");
  let publisher: ReturnType<typeof loadPublisher>;
  try {
    publisher = loadPublisher(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const missing = [
    ...(publisher.publicUrl ? [] : ["PUBLIC_URL (the public https:// address of the service, e.g. https://doe-agenda.haarlem.nl)"]),
    ...(publisher.organisationName ? [] : ['ORGANISATION_NAME (who publishes the app, e.g. "Gemeente Haarlem")']),
  ];
  if (missing.length) fail(`Set ${missing.join(" and ")}: Teams shows them on the app's page. Then run again.`);
  try {
    const version = versionFlag(process.argv) ?? (await projectVersion());
    const zip = await buildAppPackage({
      botId,
      teamsAppId: process.env.TEAMS_APP_ID?.trim() || botId,
      organisationName: publisher.organisationName ?? "",
      websiteUrl: publisher.publicUrl ?? "",
      privacyUrl: publisher.privacyUrl ?? "",
      termsUrl: publisher.termsUrl ?? "",
      version,
    });
    const out = join(projectRoot(), "dist", "teams", "doe-agenda.zip");
    await mkdir(join(projectRoot(), "dist", "teams"), { recursive: true });
    await writeFile(out, zip);
    process.stdout.write(`Wrote ${out} (version ${version}): upload it in Teams → Apps → Manage your apps → Upload a custom app.\n`);
  } catch (error) {
    if (error instanceof PackageError) fail(error.message);
    throw error;
  }
}
