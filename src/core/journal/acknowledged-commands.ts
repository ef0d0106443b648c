/**
 * Commands acknowledged to their users are kept in the command journal, so a crash loses none: an adapter records
 * each command (one insert) before acknowledging it, keeps the answer once the command ran, and finishes it once
 * answered. While this instance holds a command (queued or running) it renews the lease; what a dead instance left
 * is claimed when its lease runs out and run here: a command with a kept answer is only answered, not run again.
 *
 * One window remains, as in the outbox: a command that ran but whose answer was not yet kept, or an answer the
 * platform took just before the process died but that was not yet marked finished, is run or answered again.
 */
import type { Platform } from "../domain/agenda.js";
import type { Message } from "../messages/model.js";
import type { Clock, CommandJournal } from "../ports.js";

/** A command as the adapter works on it. */
export interface AcknowledgedCommand {
  /** Null when the command could not be stored (the database failed): it is worked on in memory only. */
  id: bigint | null;
  platform: Platform;
  /** What the adapter recorded to run and answer it. */
  request: Record<string, unknown>;
  /** The answer kept when it ran before (a resumed command): give it, do not run the command again. */
  answer: Message | null;
  receivedAt: Date;
  /** True when claimed from the journal after its first instance stopped working on it. */
  resumed: boolean;
}

export interface AcknowledgedCommandsOptions {
  journal: CommandJournal;
  clock: Clock;
  /** Identifies this instance (leases are per owner). */
  owner: string;
  /** How long a claimed command stays this instance's without a renewal. */
  leaseMs: number;
  /** Told when a command could not be stored; it is then worked on without the journal. */
  onError?: (error: unknown) => void;
  /**
   * True when no other instance can share the journal (the embedded database: its data folder is locked to one
   * process). What is unfinished at start was then left by a process that is gone: it is taken at once, without
   * waiting for its lease to run out.
   */
  soleInstance?: boolean;
}

export class AcknowledgedCommands {
  private readonly held = new Set<bigint>();
  /** Platforms whose entries left at start have all been claimed (see `soleInstance`). */
  private readonly takenOver = new Set<Platform>();

  /** When this instance started: a sole instance takes over what arrived before, never what it is storing itself. */
  private readonly startedAt: Date;

  constructor(private readonly options: AcknowledgedCommandsOptions) {
    this.startedAt = options.clock.now();
  }

  /** How often the service should call `renewHeld` and `resume`: well within a lease. */
  get tickMs(): number {
    return Math.max(250, Math.min(5000, Math.floor(this.options.leaseMs / 3)));
  }

  /**
   * Stores a command before it is acknowledged (one insert), leased to this instance. Null when its key was
   * stored before: a replay or a redelivery, to acknowledge and otherwise ignore.
   */
  async record(platform: Platform, key: string, request: Record<string, unknown>): Promise<AcknowledgedCommand | null> {
    const { journal, clock, owner, leaseMs } = this.options;
    const at = clock.now();
    // A NUL cannot be stored (PostgreSQL text refuses it); such a command is refused before it stores anything, so
    // it has nothing to lose in a crash and is worked on in memory only.
    if (JSON.stringify(request).includes("\\u0000")) return { id: null, platform, request, answer: null, receivedAt: at, resumed: false };
    try {
      const entry = await journal.record({ key, platform, request, owner, at, leaseUntil: new Date(at.getTime() + leaseMs) });
      if (!entry) return null;
      this.held.add(entry.id);
      return { ...entry, resumed: false };
    } catch (error) {
      this.options.onError?.(error);
      return { id: null, platform, request, answer: null, receivedAt: at, resumed: false };
    }
  }

  /** The command ran: its answer is kept until it has been given. */
  async ran(command: AcknowledgedCommand, answer: Message): Promise<void> {
    command.answer = answer;
    if (command.id !== null) await this.options.journal.ran(command.id, answer);
  }

  /** Answered, or given up: never run again. */
  async finish(command: AcknowledgedCommand): Promise<void> {
    if (command.id === null) return;
    this.held.delete(command.id);
    await this.options.journal.finish(command.id, this.options.clock.now());
  }

  /** How long ago the command arrived. */
  ageMs(command: AcknowledgedCommand): number {
    return this.options.clock.now().getTime() - command.receivedAt.getTime();
  }

  /** Keeps the commands this instance holds (queued or running) its own. */
  async renewHeld(): Promise<void> {
    if (this.held.size === 0) return;
    const { journal, clock, owner, leaseMs } = this.options;
    await journal.renew([...this.held], owner, new Date(clock.now().getTime() + leaseMs));
  }

  /**
   * Claims commands of the platform that a stopped instance left unfinished and hands each to `take` (which
   * answers and finishes it, now or later: the command is held, so its lease is renewed meanwhile).
   */
  async resume(platform: Platform, take: (command: AcknowledgedCommand) => void | Promise<void>, limit = 20): Promise<number> {
    const { journal, clock, owner, leaseMs } = this.options;
    const now = clock.now();
    const takingOver = this.options.soleInstance === true && !this.takenOver.has(platform);
    const free = takingOver ? { leaseEndedBy: now, receivedBy: this.startedAt } : { leaseEndedBy: now };
    const entries = await journal.claimUnfinished(platform, owner, free, new Date(now.getTime() + leaseMs), limit, [...this.held]);
    if (entries.length < limit) this.takenOver.add(platform);
    for (const entry of entries) this.held.add(entry.id);
    for (const entry of entries) await take({ ...entry, resumed: true });
    return entries.length;
  }

  /** Forgets commands finished more than `retentionMs` ago (their keys guard against replays until then). */
  forgetFinished(retentionMs: number): Promise<number> {
    return this.options.journal.forgetFinishedBefore(new Date(this.options.clock.now().getTime() - retentionMs));
  }
}
