/**
 * The service's log format, as a newcomer and a log collector see it: readable lines when `npm start` runs in a
 * terminal, JSON lines into a pipe or in production, and LOG_FORMAT=json|pretty overriding both. The terminal is
 * a real pseudo-terminal (`script`), the program the real `src/main.ts`.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/env.js";
import { chooseLogFormat } from "../../src/logging.js";
import { ROOT } from "../support/cli.js";

const FIRST_LINE = "listening; opening the database";
const hasScript = spawnSync("script", ["--version"]).status === 0;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "").replaceAll("\r", "");

describe("log format", () => {
  it("is readable on a terminal, JSON elsewhere and in production, and LOG_FORMAT overrides", () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    expect(chooseLogFormat("auto", tty, {})).toBe("pretty");
    expect(chooseLogFormat("auto", pipe, {})).toBe("json");
    expect(chooseLogFormat("auto", {}, {})).toBe("json");
    expect(chooseLogFormat("auto", tty, { NODE_ENV: "production" })).toBe("json");
    expect(chooseLogFormat("json", tty, {})).toBe("json");
    expect(chooseLogFormat("pretty", pipe, { NODE_ENV: "production" })).toBe("pretty");
  });

  it("reads LOG_FORMAT from the environment and names the field and the choices when it is wrong", () => {
    expect(loadConfig({}).logFormat).toBe("auto");
    expect(loadConfig({ LOG_FORMAT: "pretty" }).logFormat).toBe("pretty");
    expect(() => loadConfig({ LOG_FORMAT: "xml" })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_FORMAT: "xml" })).toThrow(/LOG_FORMAT: .*\(expected auto, json or pretty\)/);
  });
});

describe("the service's first log line (npm start's program in a child process)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-logs-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  /** Runs src/main.ts (in a pseudo-terminal when `terminal`) until it logs its first line, then stops it. */
  function firstLine(env: Record<string, string>, terminal: boolean): Promise<string> {
    const serviceEnv = {
      ...process.env,
      DATABASE_URL: "",
      SLACK_BOT_TOKEN: "",
      MicrosoftAppId: "",
      PLAYGROUND: "off",
      PORT: "0",
      NODE_ENV: "",
      LOG_FORMAT: "",
      DATA_DIR: join(dir, `data-${Math.random().toString(36).slice(2)}`),
      ...env,
    };
    const node = [process.execPath, "src/dev-runner.mjs", "src/main.ts"];
    const child = terminal
      ? spawn("script", ["-qfec", node.join(" "), "/dev/null"], { cwd: ROOT, env: serviceEnv, stdio: ["pipe", "pipe", "pipe"] })
      : spawn(node[0] ?? "node", node.slice(1), { cwd: ROOT, env: serviceEnv, stdio: ["ignore", "pipe", "pipe"] });
    return new Promise((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`no log line within 120 s:\n${output}`));
      }, 120_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const line = plain(output)
          .split("\n")
          .find((candidate) => candidate.includes(FIRST_LINE));
        if (line === undefined) return;
        clearTimeout(timer);
        // `script` passes the signal on to the service (its session's leader).
        child.kill("SIGTERM");
        resolve(line);
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.once("exit", () => {
        clearTimeout(timer);
        reject(new Error(`the service exited before logging:\n${output}`));
      });
    });
  }

  const isJson = (line: string) => {
    const parsed = JSON.parse(line) as { level: number; msg: string };
    return parsed.level === 30 && parsed.msg === FIRST_LINE;
  };
  const isPretty = (line: string) => /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: listening; opening the database$/.test(line.trim());

  it("writes JSON lines into a pipe, and readable ones with LOG_FORMAT=pretty", async () => {
    const [piped, pretty] = await Promise.all([firstLine({}, false), firstLine({ LOG_FORMAT: "pretty" }, false)]);
    expect(isJson(piped)).toBe(true);
    expect(isPretty(pretty)).toBe(true);
  });

  it.skipIf(!hasScript)("writes readable lines on a terminal, JSON there with LOG_FORMAT=json or in production", async () => {
    const [terminal, json, production] = await Promise.all([
      firstLine({}, true),
      firstLine({ LOG_FORMAT: "json" }, true),
      firstLine({ NODE_ENV: "production" }, true),
    ]);
    expect(isPretty(terminal)).toBe(true);
    expect(isJson(json.trim())).toBe(true);
    expect(isJson(production.trim())).toBe(true);
  });
});
