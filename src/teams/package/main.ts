/**
 * `npm run teams:package`: writes dist/teams/doe-agenda.zip for Teams' "Upload a custom app".
 * `npm run teams:package -- --icons` redraws manifests/teams/color.png and outline.png.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadDotEnv } from "../../config/dotenv.js";
import { projectRoot } from "../../project-root.js";
import { buildAppPackage, MANIFEST_DIR, PackageError } from "./app-package.js";
import { colorIcon, outlineIcon } from "./icons.js";

loadDotEnv();
if (process.argv.includes("--icons")) {
  await writeFile(join(MANIFEST_DIR, "color.png"), colorIcon());
  await writeFile(join(MANIFEST_DIR, "outline.png"), outlineIcon());
  process.stdout.write(`Drew the icons in ${MANIFEST_DIR}\n`);
} else {
  const botId = process.env.MicrosoftAppId?.trim();
  if (!botId) {
    process.stderr.write("Set MicrosoftAppId (the app id of your Azure Bot registration), then run again: MicrosoftAppId=… npm run teams:package\n");
    process.exit(1);
  }
  try {
    const zip = await buildAppPackage({ botId, teamsAppId: process.env.TEAMS_APP_ID?.trim() || botId });
    const out = join(projectRoot(), "dist", "teams", "doe-agenda.zip");
    await mkdir(join(projectRoot(), "dist", "teams"), { recursive: true });
    await writeFile(out, zip);
    process.stdout.write(`Wrote ${out}: upload it in Teams → Apps → Manage your apps → Upload a custom app.\n`);
  } catch (error) {
    if (error instanceof PackageError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
