/**
 * `persoon vergeet`: forgets a person in one transaction. Their chat accounts, remembered conversations, lead
 * links and the messages addressed to them go; their row keeps its id (the history points at it) with a
 * pseudonym for address and name; and every text column of every table that names them (their address, their
 * name, a chat account id) is rewritten to name the pseudonym. The history's append-only triggers allow exactly
 * this rewrite, inside this transaction (`doe.forget_person`, see the migration forget_person).
 */
import { type ForgetSummary, pseudonymOf } from "../core/privacy/person-privacy.js";
import type { Prisma, PrismaClient } from "./generated/client.js";
import { addressesOf, journalMentioning } from "./prisma-person-export.js";
import { quote, type TextColumn, textColumns, wordPattern } from "./text-columns.js";

type Tx = Prisma.TransactionClient;

/** Rewrites `term` to `replacement` wherever a text column holds it; returns how many rows changed. */
async function rewriteEverywhere(tx: Tx, columns: TextColumn[], term: string, replacement: string): Promise<number> {
  let changed = 0;
  const plain = wordPattern(term);
  // Inside JSON a string is encoded: a quote or backslash in the term appears escaped.
  const encoded = wordPattern(JSON.stringify(term).slice(1, -1));
  const encodedReplacement = JSON.stringify(replacement).slice(1, -1);
  for (const { table, column, kind } of columns) {
    if (table === "person") continue;
    const t = quote(table);
    const c = quote(column);
    if (kind === "text") {
      changed += await tx.$executeRawUnsafe(`UPDATE ${t} SET ${c} = regexp_replace(${c}, $1, $2, 'gi') WHERE ${c} ~* $1`, plain, replacement);
    } else if (kind === "array") {
      changed += await tx.$executeRawUnsafe(
        `UPDATE ${t} SET ${c} = ARRAY(SELECT regexp_replace(u.x, $1, $2, 'gi') FROM unnest(${c}) WITH ORDINALITY AS u(x, n) ORDER BY u.n)
         WHERE EXISTS (SELECT 1 FROM unnest(${c}) AS v(x) WHERE v.x ~* $1)`,
        plain,
        replacement,
      );
    } else {
      changed += await tx.$executeRawUnsafe(
        `UPDATE ${t} SET ${c} = regexp_replace(${c}::text, $1, $2, 'gi')::${kind} WHERE ${c}::text ~* $1`,
        encoded,
        encodedReplacement,
      );
    }
  }
  return changed;
}

export async function forgetPersonIn(prisma: PrismaClient, email: string): Promise<ForgetSummary | null> {
  return prisma.$transaction(
    async (tx) => {
      const person = await tx.person.findUnique({ where: { email: email.trim().toLowerCase() } });
      if (!person) return null;
      const personId = person.id;
      const pseudonym = pseudonymOf(personId);
      const { targets, externalIds } = await addressesOf(tx, personId, person.email);
      const journal = await journalMentioning(tx, [person.email, ...externalIds]);
      const finishedJournal = journal.filter((row) => row.finishedAt !== null).map((row) => row.id);

      await tx.person.update({
        where: { id: personId },
        data: { email: pseudonym.email, displayName: pseudonym.displayName, organisation: null, locale: null },
      });
      // From here on the history's triggers let this transaction rewrite free text (and nothing else).
      await tx.$queryRaw`SELECT set_config('doe.forget_person', ${String(personId)}, true)`;
      const removed = {
        identities: (await tx.platformIdentity.deleteMany({ where: { personId } })).count,
        conversations: (await tx.conversationRef.deleteMany({ where: { personId } })).count,
        leads: (await tx.actionLead.deleteMany({ where: { personId } })).count,
        // Leader of a region by address: no longer (LEADER_EMAILS seeds an address of its own again on the next start).
        regionLeaders: (await tx.regionLeader.deleteMany({ where: { email: person.email } })).count,
        // A message being sent right now (`sending`) is left to its worker; its text is rewritten below.
        outboxMessages: (await tx.outboxMessage.deleteMany({ where: { target: { in: targets }, status: { not: "sending" } } })).count,
        journal: (await tx.commandJournalEntry.deleteMany({ where: { id: { in: finishedJournal } } })).count,
      };
      // Rounds keep that they messaged this person, but no longer where: they cannot be reached any more.
      await tx.roundRecipient.updateMany({ where: { personId }, data: { platform: null, target: null } });

      const columns = await textColumns(tx);
      let rewritten = await rewriteEverywhere(tx, columns, person.email, pseudonym.email);
      const name = person.displayName?.trim();
      if (name && name.length >= 2) rewritten += await rewriteEverywhere(tx, columns, name, pseudonym.displayName);
      for (const id of externalIds) rewritten += await rewriteEverywhere(tx, columns, id, `vergeten-${personId}`);
      await tx.$queryRaw`SELECT set_config('doe.forget_person', '', true)`;
      return { personId, pseudonym, removed, rewritten };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
