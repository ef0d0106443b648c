/** `persoon export`: every row about one person, from every table with a person reference (see schema.prisma). */
import type { PersonExport } from "../core/privacy/person-privacy.js";
import { likePattern } from "./agenda-scope.js";
import type { Prisma, PrismaClient } from "./generated/client.js";
import { countMentions, textColumns } from "./text-columns.js";

const iso = (at: Date | null) => (at ? at.toISOString() : null);

type Client = Prisma.TransactionClient | PrismaClient;

/** Where the bot writes to them: Slack user ids, Teams conversation ids, and an `email:` target (see email-target.ts). */
export async function addressesOf(prisma: Client, personId: number, email: string): Promise<{ targets: string[]; externalIds: string[] }> {
  const [identities, conversations, recipients] = await Promise.all([
    prisma.platformIdentity.findMany({ where: { personId }, select: { externalId: true } }),
    prisma.conversationRef.findMany({ where: { personId }, select: { conversationId: true } }),
    prisma.roundRecipient.findMany({ where: { personId, target: { not: null } }, select: { target: true } }),
  ]);
  const externalIds = identities.map((row) => row.externalId);
  const targets = [...externalIds, ...conversations.map((row) => row.conversationId), ...recipients.map((row) => row.target ?? ""), `email:${email}`];
  return { targets: [...new Set(targets.filter(Boolean))], externalIds };
}

/** Journal rows whose request names them: their address, or one of their chat accounts. */
export async function journalMentioning(prisma: Client, terms: string[]) {
  const rows = await prisma.$queryRaw<{ id: bigint }[]>`
    SELECT id FROM "command_journal" WHERE request::text ILIKE ANY (${terms.map(likePattern)}::text[])`;
  if (rows.length === 0) return [];
  return prisma.commandJournalEntry.findMany({ where: { id: { in: rows.map((row) => row.id) } }, orderBy: { receivedAt: "asc" } });
}

export async function queryPersonExport(prisma: Client, email: string, now: Date): Promise<PersonExport | null> {
  const person = await prisma.person.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!person) return null;
  const personId = person.id;
  const { targets, externalIds } = await addressesOf(prisma, personId, person.email);
  const action = { select: { code: true } } as const;
  const [identities, conversations, leads, statusChanges, notes, funding, measurements, goals, raised, resolved, answers, recipients, outbox] =
    await Promise.all([
      prisma.platformIdentity.findMany({ where: { personId }, orderBy: { id: "asc" } }),
      prisma.conversationRef.findMany({ where: { personId }, orderBy: { id: "asc" } }),
      prisma.actionLead.findMany({ where: { personId }, include: { action }, orderBy: { createdAt: "asc" } }),
      prisma.statusChange.findMany({ where: { personId }, include: { action }, orderBy: { id: "asc" } }),
      prisma.note.findMany({ where: { personId }, include: { action }, orderBy: { id: "asc" } }),
      prisma.fundingEntry.findMany({ where: { personId }, include: { action }, orderBy: { id: "asc" } }),
      prisma.measurement.findMany({ where: { personId }, include: { goal: { include: { action } } }, orderBy: { id: "asc" } }),
      prisma.goal.findMany({ where: { createdById: personId }, include: { action }, orderBy: { id: "asc" } }),
      prisma.escalation.findMany({ where: { raisedById: personId }, include: { action }, orderBy: { id: "asc" } }),
      prisma.escalation.findMany({ where: { resolvedById: personId }, include: { action }, orderBy: { id: "asc" } }),
      prisma.roundItem.findMany({ where: { answeredById: personId }, include: { action }, orderBy: [{ roundId: "asc" }, { actionId: "asc" }] }),
      prisma.roundRecipient.findMany({ where: { personId }, orderBy: { roundId: "asc" } }),
      prisma.outboxMessage.findMany({ where: { target: { in: targets } }, orderBy: { id: "asc" } }),
    ]);
  const journal = await journalMentioning(prisma, [person.email, ...externalIds]);
  const leaderOf = await prisma.regionLeader.findMany({ where: { email: person.email }, include: { agenda: true }, orderBy: { agendaId: "asc" } });
  const names = person.displayName && person.displayName.trim().length >= 2 ? [person.displayName.trim()] : [];
  // Being a region's leader is a section of its own, not a mention.
  const columns = (await textColumns(prisma)).filter((column) => column.table !== "region_leader");
  const mentions = await countMentions(prisma, columns, [person.email, ...names]);
  const [leadsAssigned, channelsLinked, roundsStarted] = await Promise.all([
    prisma.actionLead.count({ where: { assignedById: personId } }),
    prisma.channelLink.count({ where: { linkedById: personId } }),
    prisma.reminderRound.count({ where: { startedById: personId } }),
  ]);
  return {
    exportedAt: now.toISOString(),
    person: {
      id: personId,
      email: person.email,
      displayName: person.displayName,
      organisation: person.organisation,
      locale: person.locale,
      createdAt: person.createdAt.toISOString(),
    },
    identities: identities.map((row) => ({
      platform: row.platform,
      tenantId: row.tenantId,
      externalId: row.externalId,
      createdAt: row.createdAt.toISOString(),
    })),
    conversations: conversations.map((row) => ({
      platform: row.platform,
      tenantId: row.tenantId,
      conversationId: row.conversationId,
      kind: row.kind,
      updatedAt: row.updatedAt.toISOString(),
    })),
    leads: leads.map((row) => ({ action: row.action.code, since: row.createdAt.toISOString() })),
    leaderOf: leaderOf.map((row) => ({ region: row.agenda.slug, name: row.agenda.name, since: row.createdAt.toISOString() })),
    statusChanges: statusChanges.map((row) => ({
      action: row.action.code,
      from: row.fromStatus,
      to: row.toStatus,
      note: row.note,
      channel: row.channel,
      at: row.createdAt.toISOString(),
    })),
    notes: notes.map((row) => ({ action: row.action.code, text: row.text, channel: row.channel, at: row.createdAt.toISOString() })),
    fundingChanges: funding.map((row) => ({
      action: row.action.code,
      from: row.fromStatus,
      to: row.toStatus,
      source: row.source,
      amountCents: row.amountCents === null ? null : row.amountCents.toString(),
      note: row.note,
      channel: row.channel,
      at: row.createdAt.toISOString(),
    })),
    measurements: measurements.map((row) => ({
      action: row.goal.action.code,
      goal: row.goal.number,
      value: row.value,
      note: row.note,
      channel: row.channel,
      at: row.createdAt.toISOString(),
    })),
    goalsCreated: goals.map((row) => ({
      action: row.action.code,
      goal: row.number,
      description: row.description,
      channel: row.channel,
      at: row.createdAt.toISOString(),
    })),
    escalationsRaised: raised.map((row) => ({
      number: row.number,
      action: row.action.code,
      question: row.question,
      outcome: row.outcome,
      resolvedAt: iso(row.resolvedAt),
      channel: row.channel,
      at: row.createdAt.toISOString(),
    })),
    escalationsResolved: resolved.map((row) => ({
      number: row.number,
      action: row.action.code,
      outcome: row.outcome,
      resolution: row.resolution,
      resolvedAt: iso(row.resolvedAt),
    })),
    roundAnswers: answers.map((row) => ({ round: row.roundId, action: row.action.code, answer: row.answer, at: iso(row.answeredAt) })),
    roundMessages: recipients.map((row) => ({
      round: row.roundId,
      actions: row.codes,
      platform: row.platform,
      messagedAt: iso(row.messagedAt),
      nudgedAt: iso(row.nudgedAt),
    })),
    outboxMessages: outbox.map((row) => ({
      platform: row.platform,
      target: row.target,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      sentAt: iso(row.sentAt),
      payload: row.payload,
    })),
    journal: journal.map((row) => ({
      platform: row.platform,
      receivedAt: row.receivedAt.toISOString(),
      finishedAt: iso(row.finishedAt),
      request: row.request,
    })),
    mentions,
    other: { leadsAssigned, channelsLinked, roundsStarted },
  };
}
