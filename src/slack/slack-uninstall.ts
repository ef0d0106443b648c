/**
 * A workspace removing the app (`app_uninstalled`) or revoking the bot's token (`tokens_revoked` with bot tokens):
 * its stored installation is deleted and its token forgotten on this instance at once (other instances within
 * INSTALLATION_CACHE_MS); its link to the region stays, so a reinstall lands in the same region. Bolt skips its
 * `authorize` for these two events (the workspace's token no longer works), so they arrive here even though the
 * workspace's requests are no longer authorized. With one SLACK_BOT_TOKEN nothing is stored: the event is logged.
 * Each event_id is handled once (oncePerEvent in slack-guards).
 */
import type { App as BoltApp } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../logging.js";
import type { SlackWorkspaces } from "./slack-workspaces.js";

/** The part of Slack's event envelope these listeners read: the workspace the event is about. */
const envelopeSchema = z.looseObject({ team_id: z.string().min(1), event_id: z.string().optional() });

export type UninstallCause = "app_uninstalled" | "tokens_revoked";

export function listenForUninstall(bolt: BoltApp, workspaces: Pick<SlackWorkspaces, "mode" | "uninstall">, logger: Logger): void {
  const log = logger.child({ component: "slack" });

  async function uninstalled(body: unknown, cause: UninstallCause): Promise<void> {
    const envelope = envelopeSchema.safeParse(body);
    if (!envelope.success) {
      log.warn({ cause, issues: envelope.error.issues.map((issue) => issue.path.join(".")) }, "Slack uninstall event without a team_id ignored");
      return;
    }
    const { team_id: teamId, event_id: eventId } = envelope.data;
    if (workspaces.mode === "single") {
      log.warn(
        { teamId, eventId, cause },
        "Slack workspace removed the app or its bot token: SLACK_BOT_TOKEN no longer works; reinstall and set the new token",
      );
      return;
    }
    try {
      const removed = await workspaces.uninstall(teamId);
      log.warn(
        { teamId, eventId, cause, removed },
        removed
          ? "Slack workspace removed the app: its installation is deleted (its region link stays); it can install again through /slack/install"
          : "Slack workspace removed the app; no installation of it was stored",
      );
    } catch (error) {
      log.error({ err: error, teamId, eventId, cause }, "could not delete the installation of a Slack workspace that removed the app");
    }
  }

  bolt.event("app_uninstalled", async ({ body }) => uninstalled(body, "app_uninstalled"));
  bolt.event("tokens_revoked", async ({ event, body }) => {
    if ((event.tokens.bot ?? []).length === 0) {
      log.info(
        { teamId: (body as { team_id?: string }).team_id, users: event.tokens.oauth?.length ?? 0 },
        "Slack user tokens revoked; the bot keeps its token",
      );
      return;
    }
    await uninstalled(body, "tokens_revoked");
  });
}
