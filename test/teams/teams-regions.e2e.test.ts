import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadAgendaFile, parseAgendaSource } from "../../src/core/agenda-file/load.js";
import { type Database, openDatabase } from "../../src/persistence/database.js";
import { openImporter } from "../../src/persistence/prisma-stores.js";
import { AGENDA_FILE, agendaStore } from "../support/agenda-fixture.js";
import { fixedBotToken } from "../support/bot-token.js";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/databases.js";
import { FakeChannelKeys } from "../support/fake-channel-keys.js";
import { FakeConnector, type SentActivity } from "../support/fake-connector.js";
import { BOT, cardAction, message, type TeamsUser, type Where } from "../support/teams-activities.js";
import { startTestService, type TestService } from "../support/test-service.js";

const APP_ID = "00000000-1111-2222-3333-444444444444";
const BOT_TOKEN = "bot-connector-token";
const TENANT_A = "aaaaaaaa-0000-4000-8000-00000000000a";
const TENANT_B = "bbbbbbbb-0000-4000-8000-00000000000b";
const TENANT_C = "cccccccc-0000-4000-8000-00000000000c";
const LEADER_EMAIL = "pl@haarlem.nl";
const CHANNEL_A = "19:kanaal-a@thread.tacv2";
const CHANNEL_B = "19:kanaal-b@thread.tacv2";
const OTHER_CHANNEL_B = "19:kanaal-b2@thread.tacv2";
const STALE_CHANNEL_B = "19:kanaal-b3@thread.tacv2";

/** Petra is the project leader of Zuid-Kennemerland en IJmond (LEADER_EMAILS), in tenant A. */
const PETRA = { id: "29:petra", name: "Petra Leider", aadObjectId: "aad-petra" };
/** Carla leads 1.1 of the Voorbeeldregio, in tenant B. */
const CARLA = { id: "29:carla", name: "Carla Smit", aadObjectId: "aad-carla" };
/** Pim is in tenant B, with the leader's e-mail address: that makes him no leader of the Voorbeeldregio. */
const PIM = { id: "29:pim", name: "Pim Dubbel", aadObjectId: "aad-pim" };
const ROB = { id: "29:rob", name: "Rob Elders", aadObjectId: "aad-rob" };
/** Anna leads 2.5 of Zuid-Kennemerland en IJmond from tenant A, and is a guest (same address) in tenant B. */
const ANNA = { id: "29:anna", name: "Anna de Vries", aadObjectId: "aad-anna" };
const ANNA_AS_GUEST = { id: "29:anna-guest", name: "Anna de Vries (Gast)", aadObjectId: "aad-anna-guest" };

const TITLE_A_11 = "Uitbreiding van de personele bezetting bij het Werkgeversservicepunt";
const TITLE_B_11 = "Omscholingsfonds Voorbeeldregio";
const TITLE_A_25 = "Kandidaten in beeld via heldere profielen";

const VOORBEELDREGIO = `
version: 1
agenda: { slug: voorbeeldregio, name: Doe-agenda Voorbeeldregio }
pijlers: [{ code: werk-naar-werk, name: Werk naar werk }]
themas: [{ number: 1, title: Omscholing, pijler: werk-naar-werk, voorWie: Werkenden }]
acties:
  - { code: "1.1", thema: 1, scope: REGIONAAL, title: ${TITLE_B_11}, status: loopt, trekkers: [UWV], financiering: nader te bepalen }
  - { code: "1.7", thema: 1, scope: REGIONAAL, title: Leerwerkloket Voorbeeldregio, status: nader uit te werken, trekkers: [Gemeente], financiering: nader te bepalen }
overleggen:
  - { code: BOA, name: Bestuurlijk Overleg Voorbeeldregio, niveau: bestuurlijk, bereik: Voorbeeldregio, pijlers: [werk-naar-werk], dekking: { themas: [1] } }
`;

const personal = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
/** Every conversation of each tenant the tests write in: a connector that carries any other one got a message across tenants. */
const CONVERSATIONS = {
  a: [CHANNEL_A, personal(PETRA), personal(ANNA)],
  b: [CHANNEL_B, OTHER_CHANNEL_B, STALE_CHANNEL_B, personal(CARLA), personal(ANNA_AS_GUEST)],
  c: [personal(ROB)],
};

const cardText = (sent: SentActivity | undefined) => JSON.stringify(sent?.activity.attachments?.[0]?.content ?? sent?.activity.text ?? {});

/**
 * One service, two regions, two Teams tenants, each linked to its own region (`region_link`), and a third tenant
 * linked to none. The bot runs authenticated: every activity carries a Bot Connector token signed with a key that
 * a local stand-in for login.botframework.com publishes (ToBotFromChannelOpenIdMetadataUrl), and botbuilder
 * validates it as it validates Microsoft's. Each tenant's Bot Connector is a local fake at its own serviceUrl.
 */
describe.each(DATABASE_KINDS)("Teams regions end to end: two tenants, two regions, on %s", (kind) => {
  let testDatabase: TestDatabase;
  let database: Database;
  let keys: FakeChannelKeys;
  const connectors = { a: new FakeConnector(), b: new FakeConnector(), c: new FakeConnector() };
  let running: TestService;
  let endpoint: string;
  let regionB: number;

  const where = (tenant: "a" | "b" | "c", extra: Partial<Where> = {}): Where => ({
    serviceUrl: connectors[tenant].url,
    tenantId: { a: TENANT_A, b: TENANT_B, c: TENANT_C }[tenant],
    ...extra,
  });

  async function post(activity: { serviceUrl: string }, authorization = keys.authorization(APP_ID, activity)): Promise<Response> {
    return fetch(endpoint, { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify(activity) });
  }

  /** Sends a message from this tenant and returns the bot's reply to it (at that tenant's connector). */
  async function say(user: TeamsUser, tenant: "a" | "b" | "c", text: string, channel?: string): Promise<SentActivity> {
    const activity = channel
      ? message(user, `<at>${BOT.name}</at> ${text}`, where(tenant, { channel: true, channelId: channel }), [BOT])
      : message(user, text, where(tenant));
    const response = await post(activity);
    expect(response.status).toBe(200);
    return connectors[tenant].replyTo(activity.id);
  }

  const statusChanges = () => database.prisma.statusChange.count();
  const actionOf = (code: string, agendaId: number) =>
    database.prisma.action.findUniqueOrThrow({ where: { agendaId_code: { agendaId, code } }, select: { status: true, lastUpdateAt: true } });

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    database = await openDatabase(testDatabase.target);
    const importer = openImporter(database);
    await importer.importAgenda(await loadAgendaFile(AGENDA_FILE));
    await importer.importAgenda(parseAgendaSource(VOORBEELDREGIO, "voorbeeldregio.yaml"));
    const agendas = await database.prisma.agenda.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true } });
    expect(agendas.map((agenda) => agenda.slug)).toEqual(["zuid-kennemerland-ijmond", "voorbeeldregio"]);
    const [regionA, second] = agendas.map((agenda) => agenda.id) as [number, number];
    regionB = second;
    await database.prisma.regionLink.createMany({
      data: [
        { platform: "teams", tenantId: TENANT_A, agendaId: regionA },
        { platform: "teams", tenantId: TENANT_B, agendaId: regionB },
      ],
    });

    keys = new FakeChannelKeys();
    await Promise.all([keys.start(), ...Object.values(connectors).map((connector) => connector.start())]);
    for (const connector of Object.values(connectors)) connector.requireBearer = BOT_TOKEN;
    connectors.a.addMember({ ...PETRA, email: LEADER_EMAIL, userPrincipalName: LEADER_EMAIL, tenantId: TENANT_A });
    connectors.b.addMember({ ...CARLA, email: "carla@voorbeeld.nl", userPrincipalName: "carla@voorbeeld.nl", tenantId: TENANT_B });
    connectors.b.addMember({ ...PIM, email: LEADER_EMAIL, userPrincipalName: LEADER_EMAIL, tenantId: TENANT_B });
    connectors.a.addMember({ ...ANNA, email: "anna@haarlem.nl", userPrincipalName: "anna@haarlem.nl", tenantId: TENANT_A });
    connectors.b.addMember({
      ...ANNA_AS_GUEST,
      email: "anna@haarlem.nl",
      userPrincipalName: "anna_haarlem.nl#EXT#@voorbeeld.nl",
      tenantId: TENANT_B,
    });
    connectors.c.addMember({ ...ROB, email: "rob@elders.nl", userPrincipalName: "rob@elders.nl", tenantId: TENANT_C });

    running = await startTestService(
      {
        LEADER_EMAILS: LEADER_EMAIL,
        AGENDA_FILE,
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: "bot-secret",
        ToBotFromChannelOpenIdMetadataUrl: keys.openIdMetadataUrl,
      },
      { database, teamsCredentials: fixedBotToken(APP_ID, BOT_TOKEN) },
    );
    endpoint = `${running.baseUrl}/api/messages`;
    expect(running.service.teams.mode).toBe("authenticated");
    expect(running.service.regions.map((region) => region.region.slug)).toEqual(["zuid-kennemerland-ijmond", "voorbeeldregio"]);

    // Carla leads the Voorbeeldregio's 1.1 (its project has no leader in chat: LEADER_EMAILS is the first region's).
    const store = agendaStore(running.service.regions[1]?.ports ?? running.service.app.ports);
    const carla = await store.ensurePerson("carla@voorbeeld.nl", "Carla Smit");
    await store.addLead("1.1", carla.id, null);
  });
  afterEach(() => {
    for (const tenant of ["a", "b", "c"] as const) {
      const crossed = connectors[tenant].sent.filter((sent) => !CONVERSATIONS[tenant].includes(sent.conversationId.split(";")[0] ?? ""));
      expect(crossed, `messages at tenant ${tenant}'s connector in conversations not of that tenant`).toEqual([]);
    }
  });
  afterAll(async () => {
    await running?.stop();
    await Promise.all([keys?.stop(), ...Object.values(connectors).map((connector) => connector.stop())]);
    await testDatabase?.drop();
  });

  it("checks each token against the published key: one signed by another key, or for another serviceUrl, gets 401", async () => {
    const forger = new FakeChannelKeys();
    const activity = message(PETRA, "toon 1.1", where("a"));
    const elsewhere = { ...activity, serviceUrl: connectors.b.url };
    for (const authorization of [forger.authorization(APP_ID, activity), keys.authorization(APP_ID, elsewhere)]) {
      const response = await post(activity, authorization);
      expect(response.status).toBe(401);
    }
    expect(keys.fetched.keys).toBeGreaterThan(0);
    expect(connectors.a.sent).toHaveLength(0);
  });

  it("shows each tenant its own region's action under the same code", async () => {
    const fromA = cardText(await say(PETRA, "a", "toon 1.1"));
    expect(fromA).toContain(TITLE_A_11);
    expect(fromA).not.toContain(TITLE_B_11);
    const fromB = cardText(await say(CARLA, "b", "toon 1.1"));
    expect(fromB).toContain(TITLE_B_11);
    expect(fromB).not.toContain(TITLE_A_11);
    // Replies went back through each tenant's own connector, with the bot's token.
    expect(connectors.a.sent.every((sent) => sent.conversationId === `a:personal-${PETRA.aadObjectId}`)).toBe(true);
    expect(connectors.b.sent.every((sent) => sent.conversationId === `a:personal-${CARLA.aadObjectId}`)).toBe(true);
  });

  it("knows no action of the other region: a status change on it is an unknown action and stores nothing", async () => {
    const before = await statusChanges();
    const reply = cardText(await say(CARLA, "b", "status 2.5 loopt gestart"));
    expect(reply).toContain("Actie **2.5** bestaat niet");
    expect(reply).not.toContain(TITLE_A_25);
    expect(await statusChanges()).toBe(before);
  });

  it("lets a lead in tenant B change her region's 1.1 and leaves the other region's 1.1 alone", async () => {
    const regionA = running.service.app.region.agendaId;
    const untouched = await actionOf("1.1", regionA);
    const reply = cardText(await say(CARLA, "b", "status 1.1 gepauzeerd wachten op budget"));
    expect(reply).toContain("1.1");
    expect((await actionOf("1.1", regionB)).status).toBe("gepauzeerd");
    expect(await actionOf("1.1", regionA)).toEqual(untouched);
    const history = await database.prisma.statusChange.findMany({
      where: { action: { code: "1.1" }, note: "wachten op budget" },
      select: { action: { select: { agendaId: true } } },
    });
    expect(history.map((change) => change.action.agendaId)).toEqual([regionB]);
  });

  it("refuses a card button sent from tenant B with another region's action code in its data", async () => {
    const before = await statusChanges();
    const shown = await actionOf("2.5", running.service.app.region.agendaId);
    const response = await post(cardAction(CARLA, "action.confirm", { code: "2.5" }, where("b")));
    expect(response.status).toBe(200);
    const answer = JSON.stringify(await response.json());
    expect(answer).toMatch(/2\.5.{0,40}bestaat niet|geen trekker van actie 2\.5/);
    expect(answer).not.toContain(TITLE_A_25);
    expect(await statusChanges()).toBe(before);
    expect(await actionOf("2.5", running.service.app.region.agendaId)).toEqual(shown);

    // The status form, submitted with the other region's code typed into its data: refused in the form, nothing stored.
    const form = await post(cardAction(CARLA, "status-form", { code: "2.5", status: "afgerond", note: "klaar" }, where("b")));
    expect(form.status).toBe(200);
    const formAnswer = JSON.stringify(await form.json());
    expect(formAnswer).toContain("Actie 2.5 bestaat niet (meer).");
    // The form it comes back as offers her own region's action only.
    expect(formAnswer).toContain(`1.1 ${TITLE_B_11}`);
    expect(formAnswer).not.toContain(TITLE_A_25);
    expect(await statusChanges()).toBe(before);
    expect(await actionOf("2.5", running.service.app.region.agendaId)).toEqual(shown);
  });

  it("tells a tenant of no region so, and reads and stores nothing for it", async () => {
    const before = {
      journal: await database.prisma.commandJournalEntry.count(),
      people: await database.prisma.person.count(),
      conversations: await database.prisma.conversationRef.count({ where: { tenantId: TENANT_C } }),
    };
    const reply = await say(ROB, "c", "toon 1.1");
    expect(cardText(reply)).toContain(`Jouw organisatie (Teams-tenant ${TENANT_C}) hoort bij geen regio`);
    expect(cardText(reply)).not.toContain("1.1");
    const press = await post(cardAction(ROB, "action.confirm", { code: "1.1" }, where("c")));
    expect(JSON.stringify(await press.json())).toContain("hoort bij geen regio");
    expect(await database.prisma.commandJournalEntry.count()).toBe(before.journal);
    expect(await database.prisma.person.count()).toBe(before.people);
    expect(await database.prisma.conversationRef.count({ where: { tenantId: TENANT_C } })).toBe(0);
    expect(connectors.c.memberLookups).toEqual([]);
  });

  it("makes the leader's e-mail address a leader only in the first region", async () => {
    expect(cardText(await say(PETRA, "a", "koppel BOA", CHANNEL_A))).toContain("BOA");
    expect(await database.prisma.channelLink.count({ where: { tenantId: TENANT_A, channelId: CHANNEL_A } })).toBe(1);
    const refused = cardText(await say(PIM, "b", "koppel BOA", OTHER_CHANNEL_B));
    expect(refused).toContain("Alleen de projectleider kan");
    expect(await database.prisma.channelLink.count({ where: { tenantId: TENANT_B } })).toBe(0);
  });

  it("sends each region's proactive messages only into its own tenant's conversations", async () => {
    expect(cardText(await say(PETRA, "a", "koppel BOA", CHANNEL_A))).toContain("BOA");
    // The Voorbeeldregio's BOA has a channel in tenant B (linked by its administrator; it has no leader in chat).
    expect(cardText(await say(CARLA, "b", "toon 1.7", CHANNEL_B))).toContain("Leerwerkloket Voorbeeldregio");
    const overlegB = await database.prisma.overleg.findUniqueOrThrow({ where: { agendaId_code: { agendaId: regionB, code: "BOA" } } });
    await database.prisma.channelLink.create({ data: { overlegId: overlegB.id, platform: "teams", tenantId: TENANT_B, channelId: CHANNEL_B } });

    const proactive = (tenant: "a" | "b", channel: string) => () =>
      connectors[tenant].sent.find((sent) => sent.conversationId === channel && sent.replyToId === undefined);
    // Region A: the leader posts the digest now in tenant A's channel.
    expect(cardText(await say(PETRA, "a", "digest nu", CHANNEL_A))).toContain("Het weekoverzicht van BOA wordt zo in dit kanaal geplaatst");
    const digest = await connectors.a.waitFor(proactive("a", CHANNEL_A));
    expect(cardText(digest)).toContain("BOA");
    // Region B: Carla escalates her 1.1 (theme 1, which both regions' BOA covers): only tenant B's channel hears it.
    expect(cardText(await say(CARLA, "b", "escaleer 1.1 Is er budget voor een tweede ronde?"))).toContain("1.1");
    const escalation = await connectors.b.waitFor(proactive("b", CHANNEL_B));
    expect(cardText(escalation)).toContain("Is er budget voor een tweede ronde?");
    const outbox = await database.prisma.outboxMessage.findMany({
      where: { platform: "teams" },
      select: { agendaId: true, target: true, status: true },
    });
    await expect
      .poll(async () => (await database.prisma.outboxMessage.findMany({ where: { platform: "teams", status: { not: "sent" } } })).length)
      .toBe(0);
    expect(outbox.filter((row) => row.target === CHANNEL_B).map((row) => row.agendaId)).toEqual([regionB]);
    expect(outbox.filter((row) => row.target === CHANNEL_A).every((row) => row.agendaId === running.service.app.region.agendaId)).toBe(true);

    expect(JSON.stringify(connectors.a.sent)).not.toContain("Is er budget voor een tweede ronde?");
  });

  it("reaches a lead of region A in her tenant-A chat, also when she wrote to the bot from tenant B since", async () => {
    const anna = await agendaStore(running.service.app.ports).ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await agendaStore(running.service.app.ports).addLead("2.5", anna.id, null);
    await say(ANNA, "a", "mijn");
    // Later, as a guest in tenant B, she reads the Voorbeeldregio's agenda: her most recent personal chat is there.
    expect(cardText(await say(ANNA_AS_GUEST, "b", "toon 1.7"))).toContain("Leerwerkloket Voorbeeldregio");

    const sentToB = connectors.b.sent.length;
    expect(cardText(await say(PETRA, "a", "herinner start"))).toContain("2.5");
    const reminder = await connectors.a.waitFor(() =>
      connectors.a.sent.find((sent) => sent.conversationId === `a:personal-${ANNA.aadObjectId}` && sent.replyToId === undefined),
    );
    expect(cardText(reminder)).toContain("2.5");
    await expect.poll(async () => database.prisma.outboxMessage.count({ where: { platform: "teams", status: { not: "sent" } } })).toBe(0);
    // Region A's round wrote nothing into tenant B.
    expect(connectors.b.sent.slice(sentToB)).toEqual([]);
  });

  it("takes a tenant-B channel still linked to region A's overleg (from before its tenant moved) as linked to nothing", async () => {
    const overlegA = await database.prisma.overleg.findUniqueOrThrow({
      where: { agendaId_code: { agendaId: running.service.app.region.agendaId, code: "BOA" } },
    });
    await database.prisma.channelLink.create({ data: { overlegId: overlegA.id, platform: "teams", tenantId: TENANT_B, channelId: STALE_CHANNEL_B } });
    const preview = cardText(await say(CARLA, "b", "digest", STALE_CHANNEL_B));
    expect(preview).toContain("Dit kanaal is niet gekoppeld aan een overleg");
    expect(preview).not.toContain(TITLE_A_11);
  });
});
