import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeConnector, type SentActivity } from "../support/fake-connector.js";
import { message, TENANT } from "../support/teams-activities.js";
import { startTestService, type TestService } from "../support/test-service.js";
import { inlineLinks, markdownTexts, visibleText } from "./card-markdown.js";

const LEADER = { id: "29:leader", name: "Petra Leider", aadObjectId: "aad-leader" };
const NOTE = "[Klik hier](https://evil.example/login)";

describe("Teams end to end: a note with a disguised link stays visible text in `toon` and the digest", () => {
  let running: TestService;
  let connector: FakeConnector;

  async function say(text: string): Promise<SentActivity[]> {
    const before = connector.sent.length;
    const activity = message(LEADER, text, { serviceUrl: connector.url, tenantId: TENANT });
    const response = await fetch(`${running.baseUrl}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(200);
    // The reply may come after the 200 (the command runs once it is stored): wait for it.
    await connector.replyTo(activity.id, 15_000);
    return connector.sent.slice(before);
  }
  const texts = (sent: SentActivity[]) => sent.flatMap((reply) => markdownTexts(reply.activity.attachments?.map((a) => a.content) ?? []));

  beforeAll(async () => {
    connector = new FakeConnector();
    connector.addMember({ ...LEADER, email: "pl@haarlem.nl", userPrincipalName: "pl@haarlem.nl", tenantId: TENANT });
    await connector.start();
    running = await startTestService({ LEADER_EMAILS: "pl@haarlem.nl" });
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.stop();
  });

  it("stores the note as written and shows it escaped on every card", async () => {
    const saved = texts(await say(`notitie 1.3 ${NOTE}`));
    expect(saved.join("\n")).toContain("1.3");
    expect((await running.service.app.ports.reader.findAction("1.3"))?.notes?.[0]?.text ?? "").toBe(NOTE);

    for (const command of ["toon 1.3", "digest RWB"]) {
      const shown = texts(await say(command));
      const withNote = shown.filter((text) => visibleText(text).includes(NOTE));
      expect(withNote.length, command).toBeGreaterThan(0);
      for (const text of shown) {
        expect(inlineLinks(text), `${command}: ${text}`).toEqual([]);
        expect(text).not.toContain("](");
      }
    }
  });
});
