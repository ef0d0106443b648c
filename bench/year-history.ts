/**
 * A year of history on the synthetic agenda, written straight into PostgreSQL for the benchmarks: about 13 events
 * per action (status changes and confirmations, notes), 200 leads, 400 escalations, 12 reminder rounds.
 */
import type pg from "pg";

const DAY = 24 * 3600_000;

/** A repeatable pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Status = "loopt" | "nader_uit_te_werken" | "afgerond" | "gepauzeerd" | "vervallen";

/** What happens to an action at `fraction` of the year: mostly confirmations; *nader uit te werken* is worked out over the year. */
function next(status: Status, fraction: number, draw: () => number): Status {
  const roll = draw();
  if (status === "nader_uit_te_werken") return roll < 0.15 + fraction * 0.35 ? "loopt" : status;
  if (status === "loopt") return roll < 0.05 ? "afgerond" : roll < 0.09 ? "gepauzeerd" : roll < 0.1 ? "vervallen" : status;
  if (status === "gepauzeerd") return roll < 0.4 ? "loopt" : status;
  return status;
}

export async function seedHistory(client: pg.Client, now: Date): Promise<void> {
  const draw = random(14);
  const start = new Date(now.getTime() - 365 * DAY);
  const actions = (await client.query<{ id: number; status: Status }>(`SELECT id, status::text AS status FROM action ORDER BY position`)).rows;
  await client.query("BEGIN");
  await client.query("SET LOCAL session_replication_role = replica");
  await client.query(`UPDATE status_change SET created_at = $1`, [start]);
  await client.query(`UPDATE action SET created_at = $1, last_update_at = $1`, [start]);
  await client.query("COMMIT");
  const people = (
    await client.query<{ id: number }>(
      `INSERT INTO person (email, display_name) SELECT 'lead' || n || '@bench.nl', 'Trekker ' || n FROM generate_series(1, 200) n RETURNING id`,
    )
  ).rows.map((row) => row.id);
  await client.query(`INSERT INTO action_lead (action_id, person_id) SELECT a.id, ($1::int[])[1 + (a.position % 200)] FROM action a`, [people]);
  const changes: [number, Status, Status, string | null, Date][] = [];
  const notes: [number, string, Date][] = [];
  const finals: [number, Status, Date][] = [];
  for (const action of actions) {
    let status = action.status;
    const times = Array.from({ length: 13 }, () => start.getTime() + draw() * 365 * DAY).sort((a, b) => a - b);
    for (const [index, at] of times.entries()) {
      const when = new Date(at);
      if (index % 3 === 2) {
        notes.push([action.id, `Voortgang ${index}: overleg gevoerd, volgende stap gepland.`, when]);
        continue;
      }
      const to = next(status, (at - start.getTime()) / (365 * DAY), draw);
      changes.push([action.id, status, to, to === status ? null : "bijgewerkt", when]);
      status = to;
    }
    finals.push([action.id, status, new Date(times.at(-1) ?? start.getTime())]);
  }
  await client.query(
    `UPDATE action SET status = x.s::"ActionStatus", last_update_at = x.t FROM unnest($1::int[], $2::text[], $3::timestamp[]) AS x(id, s, t) WHERE action.id = x.id`,
    [finals.map((f) => f[0]), finals.map((f) => f[1]), finals.map((f) => f[2])],
  );
  for (let i = 0; i < changes.length; i += 5000) {
    const part = changes.slice(i, i + 5000);
    await client.query(
      `INSERT INTO status_change (action_id, from_status, to_status, note, channel, created_at)
       SELECT a, f::"ActionStatus", t::"ActionStatus", n, 'slack', c FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::timestamp[]) AS x(a, f, t, n, c)`,
      [part.map((c) => c[0]), part.map((c) => c[1]), part.map((c) => c[2]), part.map((c) => c[3]), part.map((c) => c[4])],
    );
  }
  await client.query(
    `INSERT INTO note (action_id, text, channel, created_at) SELECT a, t, 'teams', c FROM unnest($1::int[], $2::text[], $3::timestamp[]) AS x(a, t, c)`,
    [notes.map((n) => n[0]), notes.map((n) => n[1]), notes.map((n) => n[2])],
  );
  await client.query(
    `INSERT INTO escalation (agenda_id, number, action_id, question, raised_by_id, channel, created_at, resolved_at, resolution, outcome)
     SELECT a.agenda_id, row_number() OVER (ORDER BY a.position), a.id, 'Wie besluit over de financiering?', ($1::int[])[1 + (a.position % 200)], 'slack',
            $2::timestamp + (a.position % 360) * interval '1 day',
            CASE WHEN a.position % 2 = 0 THEN $2::timestamp + (a.position % 360 + 3) * interval '1 day' END,
            CASE WHEN a.position % 2 = 0 THEN 'Besproken in het RWB.' END,
            CASE WHEN a.position % 2 = 0 THEN 'answered'::"EscalationOutcome" END
     FROM action a WHERE a.position % 5 = 0`,
    [people, start],
  );
  for (let month = 0; month < 12; month++) {
    const at = new Date(start.getTime() + (month * 30 + 5) * DAY);
    const open = month === 11;
    const [round] = (
      await client.query<{ id: number }>(
        `INSERT INTO reminder_round (agenda_id, filter, status, created_at, closed_at) SELECT id, '{}'::jsonb, $1, $2, $3 FROM agenda RETURNING id`,
        [open ? "open" : "closed", at, open ? null : new Date(at.getTime() + 7 * DAY)],
      )
    ).rows;
    await client.query(
      `INSERT INTO round_item (round_id, action_id, answer, answered_at)
       SELECT $1, a.id, CASE WHEN (a.position + $2) % 10 < 7 THEN 'unchanged' WHEN (a.position + $2) % 10 = 7 THEN 'updated' END, $3
       FROM action a WHERE (a.position + $2) % 6 = 0`,
      [round?.id, month, at],
    );
    await client.query(
      `INSERT INTO round_recipient (round_id, person_id, codes)
       SELECT i.round_id, l.person_id, array_agg(a.code) FROM round_item i JOIN action a ON a.id = i.action_id JOIN action_lead l ON l.action_id = a.id
       WHERE i.round_id = $1 GROUP BY i.round_id, l.person_id`,
      [round?.id],
    );
  }
  await client.query("ANALYZE");
}
