/**
 * Local mode: starts Microsoft's 365 Agents Playground (a Teams-like chat page, offline, no account) wired to
 * this bot, so a newcomer can try every command right after `npm start`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import type { Logger } from "../logging.js";

export const DEFAULT_PLAYGROUND_PORT = 56150;
/** The tenant of every activity the Playground sends (not a well-formed GUID: one digit too many). */
export const PLAYGROUND_TENANT = "00000000-0000-0000-0000-0000000000001";
const START_TIMEOUT_MS = 60_000;

export interface PlaygroundUser {
  name: string;
  email: string;
}

export interface PlaygroundOptions {
  /** The bot's messages endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  port?: number;
  /** Folder for the Playground's config and log (kept out of the repository root). */
  workDir: string;
  /** Who the person at the Playground is. */
  user: PlaygroundUser;
  logger: Logger;
}

export interface Playground {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The Playground's mock Teams context: the tenant, the bot, the current user and a few colleagues to mention. */
function playgroundConfig(user: PlaygroundUser): string {
  const person = (id: string, name: string, email: string, n: number) => ({
    id,
    name,
    userPrincipleName: email,
    aadObjectId: `00000000-0000-0000-0000-00000000002${n}`,
    givenName: name.split(" ")[0],
    surname: name.split(" ").slice(1).join(" ") || name,
    email,
  });
  return stringify({
    version: "0.1.1",
    tenantId: PLAYGROUND_TENANT,
    bot: { id: "00000000-0000-0000-0000-00000000000011", name: "Doe-agenda" },
    currentUser: person("user-id-0", user.name, user.email, 0),
    // The Playground requires at least five other users.
    users: [
      person("user-id-1", "Anna de Vries", "anna@example.nl", 1),
      person("user-id-2", "Bert Jansen", "bert@example.nl", 2),
      person("user-id-3", "Carla Smit", "carla@example.nl", 3),
      person("user-id-4", "Daan Visser", "daan@example.nl", 4),
      person("user-id-5", "Eva Bakker", "eva@example.nl", 5),
    ],
    personalChat: { id: randomUUID() },
    groupChat: { id: randomUUID(), name: "Groepschat" },
    team: {
      id: "team-id",
      name: "Arbeidsmarktregio",
      aadGroupId: "00000000-0000-0000-0000-000000000031",
      channels: [{ id: "channel-rwb-id", name: "RWB" }],
    },
  });
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve("@microsoft/m365agentsplayground/package.json")), "cli.js");
  const workDir = resolve(options.workDir);
  await mkdir(workDir, { recursive: true });
  const configPath = join(workDir, "playground.yml");
  await writeFile(configPath, playgroundConfig(options.user));
  const requested = options.port ?? DEFAULT_PLAYGROUND_PORT;
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, "start", "-e", options.botEndpoint, "-c", "msteams", "-p", String(requested), "--disable-telemetry"],
    {
      cwd: workDir,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, "playground.log"),
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const log = options.logger.child({ component: "playground" });
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`the Agents Playground did not start within ${START_TIMEOUT_MS / 1000} s:\n${output.slice(-2000)}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // When the port is taken the Playground picks another one and says which.
      const listening = /Listening on (\d+)/.exec(output);
      if (listening?.[1]) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the Agents Playground exited with code ${code}:\n${output.slice(-2000)}`));
    });
  });
  // Keep the last lines it prints, to explain an unexpected exit.
  let tail = "";
  const keepTail = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.removeAllListeners("data");
  child.stderr?.removeAllListeners("data");
  child.stdout?.on("data", keepTail);
  child.stderr?.on("data", keepTail);
  child.on("exit", (code) => log.info({ code, output: code ? tail : undefined, log: join(workDir, "playground.log") }, "Agents Playground stopped"));
  // It says "Listening" a moment before the page answers; tell the user only once it does.
  await waitUntilServing(`http://127.0.0.1:${port}/`, START_TIMEOUT_MS);
  return {
    url: `http://localhost:${port}`,
    port,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

async function waitUntilServing(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`the Agents Playground did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
