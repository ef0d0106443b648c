/** A bare teams-ai app that echoes each message: the baseline of the Teams reply benchmark. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Application, TeamsAdapter } from "@microsoft/teams-ai";
import { ActivityTypes, MemoryStorage } from "botbuilder";
import { botRequest, botResponse, readJsonBody } from "../src/teams/node-http-bridge.js";

const adapter = new TeamsAdapter({});
const app = new Application({ adapter, storage: new MemoryStorage(), startTypingTimer: false });
app.activity(ActivityTypes.Message, async (context) => {
  await context.sendActivity(`echo: ${context.activity.text}`);
});
const server = createServer((request, response) => {
  void (async () => {
    const body = (await readJsonBody(request)) as Record<string, unknown>;
    await adapter.process(botRequest(request, body), botResponse(response), async (context) => {
      await app.run(context);
    });
  })();
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
