import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/service.js";
import { FakeSlack } from "../support/fake-slack.js";
import { startTestService, type TestService } from "../support/test-service.js";

describe("Slack over Socket Mode (no public URL)", () => {
  let running: TestService;
  let slack: FakeSlack;
  let service: Service;

  beforeAll(async () => {
    slack = new FakeSlack("xoxb-socket", "xapp-1-socket");
    slack.addUser({ id: "UREADER", teamId: "T1", name: "rob", realName: "Rob", email: "rob@velsen.nl" });
    await slack.start();
    running = await startTestService({ SLACK_BOT_TOKEN: "xoxb-socket", SLACK_APP_TOKEN: "xapp-1-socket", SLACK_API_URL: `${slack.url}/api/` });
    service = running.service;
  });
  afterAll(async () => {
    await running?.stop();
    await slack?.stop();
  });

  it("connects with the app-level token and answers /actie sent over the socket", async () => {
    expect(service.slack?.mode).toBe("socket");
    await slack.socketConnected();
    const envelopeId = await slack.sendEnvelope("slash_commands", {
      token: "deprecated",
      team_id: "T1",
      channel_id: "C1",
      user_id: "UREADER",
      command: "/actie",
      text: "toon 1.3",
      response_url: slack.responseUrl("socket-1"),
      trigger_id: "trigger-socket",
      api_app_id: "A1",
    });
    await slack.waitFor(() => slack.socketAcks.find((ack) => ack.envelope_id === envelopeId));
    const [answer] = await slack.waitFor(() => (slack.responsesTo("socket-1").length ? slack.responsesTo("socket-1") : undefined));
    expect(JSON.stringify(answer?.payload)).toContain("1.3 Loopbaanadvies in de praktijk");
  });
});
