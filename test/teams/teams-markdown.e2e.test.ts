import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SentActivity } from "../support/fake-connector.js";
import { LEADER, TENANT } from "../support/teams-activities.js";
import { startTeamsTestService, type TeamsTestService } from "../support/test-service.js";
import { inlineLinks, markdownTexts, visibleText } from "./card-markdown.js";

const NOTE = "[Klik hier](https://evil.example/login)";

describe("Teams end to end: a note with a disguised link stays visible text in `toon` and the digest", () => {
  let running: TeamsTestService;

  const say = (text: string): Promise<SentActivity[]> => running.say(LEADER, text, { tenantId: TENANT });
  const texts = (sent: SentActivity[]) => sent.flatMap((reply) => markdownTexts(reply.activity.attachments?.map((a) => a.content) ?? []));

  beforeAll(async () => {
    running = await startTeamsTestService([LEADER], { LEADER_EMAILS: "pl@haarlem.nl" });
  });
  afterAll(async () => {
    await running?.stop();
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
