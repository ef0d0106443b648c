/** A bare Bolt app that only acknowledges `/actie`: the baseline of the Slack acknowledgement benchmark. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App } from "@slack/bolt";

const app = new App({
  token: process.env.SLACK_BOT_TOKEN ?? "",
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? "",
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? "" },
});
app.command("/actie", async ({ ack }) => {
  await ack();
});
const server = (await app.start(0)) as Server;
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
