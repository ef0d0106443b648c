/** What a lead's mail says: the reminder's text without buttons, escaped HTML with the link, and SMTP replies read as the outbox needs them. */
import { describe, expect, it } from "vitest";
import { notice } from "../../src/core/messages/model.js";
import { mailReminder } from "../../src/core/rounds/mail-reminder.js";
import { leadReminder } from "../../src/core/rounds/round-messages.js";
import { MailHealth } from "../../src/mail/mail-health.js";
import { renderMail } from "../../src/mail/mail-render.js";
import { smtpResult } from "../../src/mail/smtp-sender.js";

const action = { code: "1.3", title: "Loopbaan <advies> & co", status: "loopt" as const, funding: { status: "nader_te_bepalen" as const } };

describe("a lead's mail", () => {
  it("keeps the reminder's content, leaves out the buttons, escapes text and links the update page", () => {
    const reminder = leadReminder([action as never], null, new Date("2026-12-20T12:00:00Z"), "nl");
    const link = { url: "https://doe-agenda.example.nl/bijwerken?t=abc.def", expiresAt: new Date("2026-12-15T12:00:00Z") };
    const mail = renderMail(mailReminder(reminder, link, "nl"));
    expect(mail.subject).toBe(reminder.summary);
    expect(mail.text).toContain("1.3 Loopbaan <advies> & co");
    expect(mail.text).toContain(`Werk je acties bij op deze pagina (geen account nodig): ${link.url}`);
    expect(mail.text).not.toMatch(/Ongewijzigd|knop/i);
    expect(mail.html).toContain("Loopbaan &lt;advies&gt; &amp; co");
    expect(mail.html).toContain(`<a href="${link.url}"`);
    expect(mail.html).not.toContain("<script");
  });

  it("reads 4xx and lost connections as temporary, 5xx as permanent", () => {
    expect(smtpResult({ responseCode: 451, response: "451 try later" })).toEqual({ ok: false, error: "SMTP 451: 451 try later" });
    expect(smtpResult({ responseCode: 550, response: "550 no such user" })).toMatchObject({ ok: false, permanent: true });
    expect(smtpResult({ code: "ECONNECTION", message: "connect ECONNREFUSED" })).not.toHaveProperty("permanent");
    expect(smtpResult(notice("info", "x"))).toMatchObject({ ok: false });
  });
});

describe("the mail part of /healthz", () => {
  it("is down until the SMTP server answers, and follows what the sends find", async () => {
    expect(new MailHealth(false).state).toBe("not configured");
    const health = new MailHealth(true);
    expect(health.state).toBe("down");
    await health.check({ verify: async () => true as const });
    expect(health.state).toBe("up");
    health.report(false);
    expect(health.state).toBe("down");
    await health.check({ verify: () => Promise.reject(new Error("ECONNREFUSED")) });
    expect(health.state).toBe("down");
  });
});
