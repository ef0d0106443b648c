/**
 * The container files, checked without a registry: the Dockerfile's instructions (multi-stage, production
 * dependencies only, non-root, HEALTHCHECK on /healthz, the compiled service as `start:prod` runs it, the data
 * folder a volume; lint rules in the spirit of hadolint), the .dockerignore, and compose.yaml read with the `yaml`
 * package (the bot on PostgreSQL 16 with a named volume, DATABASE_URL wired to it, health-gated start), its
 * environment accepted by the service's own configuration.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { listenHost, loadConfig } from "../../src/config/env.js";
import { ROOT } from "../support/cli.js";

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}

/** Dockerfile instructions with line continuations joined and comments dropped, grouped by stage. */
function parseDockerfile(text: string): { args: Instruction[]; stages: Stage[] } {
  const instructions: Instruction[] = [];
  let pending = "";
  let start = 0;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === "" || line.startsWith("#"))) return;
    if (!pending) start = index + 1;
    pending += `${pending ? " " : ""}${line.replace(/\\$/, "").trim()}`;
    if (line.endsWith("\\")) return;
    const [, keyword = "", args = ""] = /^(\S+)\s*(.*)$/.exec(pending) ?? [];
    instructions.push({ keyword: keyword.toUpperCase(), args, line: start });
    pending = "";
  });
  const args: Instruction[] = [];
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") {
      const [, from = "", name = ""] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args) ?? [];
      stages.push({ name, from, instructions: [] });
    } else if (stages.length === 0) {
      args.push(instruction);
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { args, stages };
}

const dockerfile = parseDockerfile(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
const dockerignore = readFileSync(join(ROOT, ".dockerignore"), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));
const runtime = dockerfile.stages.at(-1) as Stage;
const all = (stage: Stage, keyword: string) => stage.instructions.filter((instruction) => instruction.keyword === keyword);
const execForm = (args: string) => JSON.parse(args) as string[];

describe("Dockerfile", () => {
  it("builds in one stage with the dev dependencies and runs in a later one with production dependencies only", () => {
    expect(dockerfile.stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of dockerfile.stages) expect(stage.name, `stage FROM ${stage.from} needs a name`).toMatch(/^[a-z][a-z0-9-]*$/);
    const build = dockerfile.stages.find((stage) => all(stage, "RUN").some((run) => run.args.includes("npm run build")));
    expect(build, "a stage runs npm run build").toBeDefined();
    expect(packageJson.scripts.build).toBeTruthy();
    expect(all(build as Stage, "RUN").some((run) => /^npm ci(\s|$)/.test(run.args) && !run.args.includes("--omit=dev"))).toBe(true);
    // The runtime's node_modules come from a stage that installed with --omit=dev, and it installs nothing else.
    const modules = all(runtime, "COPY").find((copy) => /\bnode_modules\b/.test(copy.args));
    const fromStage = /--from=(\S+)/.exec(modules?.args ?? "")?.[1];
    const deps = dockerfile.stages.find((stage) => stage.name === fromStage);
    expect(all(deps as Stage, "RUN").some((run) => run.args.includes("npm ci --omit=dev"))).toBe(true);
    expect(all(runtime, "RUN").some((run) => /\bnpm (ci|install|i)\b/.test(run.args))).toBe(false);
    // The compiled service comes from the build stage.
    expect(all(runtime, "COPY").some((copy) => copy.args.startsWith(`--from=${build?.name} /app/dist`))).toBe(true);
  });

  it("runs the compiled service as `npm run start:prod` does, as a non-root user, with a health check on /healthz", () => {
    const cmd = all(runtime, "CMD");
    expect(cmd).toHaveLength(1);
    expect(execForm(cmd[0]?.args ?? "").join(" ")).toBe(packageJson.scripts["start:prod"]);
    const user = all(runtime, "USER").at(-1);
    expect(user?.args).toBeTruthy();
    expect(["root", "0"]).not.toContain(user?.args.split(":")[0]);
    expect((user?.line ?? 0) < (cmd[0]?.line ?? 0)).toBe(true);
    const healthcheck = all(runtime, "HEALTHCHECK");
    expect(healthcheck).toHaveLength(1);
    expect(healthcheck[0]?.args).toMatch(/--interval=\d+s/);
    expect(healthcheck[0]?.args).toContain("/healthz");
    expect(healthcheck[0]?.args).toMatch(/CMD \[/);
  });

  it("keeps the embedded database in a volume, logs JSON and sets what a server needs", () => {
    const env = all(runtime, "ENV")
      .map((instruction) => instruction.args)
      .join(" ");
    const dataDir = /DATA_DIR=(\S+)/.exec(env)?.[1];
    expect(dataDir).toBeTruthy();
    expect(execForm(all(runtime, "VOLUME")[0]?.args ?? "[]")).toContain(dataDir);
    expect(env).toContain("NODE_ENV=production");
    expect(env).toContain("LOG_FORMAT=json");
    expect(env).toContain("PLAYGROUND=off");
    const port = /PORT=(\d+)/.exec(env)?.[1];
    expect(all(runtime, "EXPOSE")[0]?.args).toBe(port);
    // The data folder belongs to the user the service runs as.
    expect(all(runtime, "RUN").some((run) => run.args.includes(`chown node:node ${dataDir}`))).toBe(true);
  });

  it("copies what the service reads at run time, and nothing the .dockerignore leaves out", () => {
    for (const stage of dockerfile.stages) {
      for (const copy of all(stage, "COPY").filter((instruction) => !instruction.args.startsWith("--from="))) {
        const sources = copy.args.split(/\s+/).slice(0, -1);
        for (const source of sources) {
          expect(existsSync(join(ROOT, source)), `${source} (line ${copy.line}) exists`).toBe(true);
          expect(dockerignore, `${source} is not ignored`).not.toContain(source);
        }
      }
    }
    const copied = all(runtime, "COPY").map((copy) => copy.args);
    for (const needed of ["package.json", "prisma/migrations", "agenda"]) expect(copied.some((args) => args.startsWith(`${needed} `))).toBe(true);
    for (const excluded of ["node_modules", ".env", "data", "dist", ".git", "src/persistence/generated"]) expect(dockerignore).toContain(excluded);
  });

  it("follows the usual lint rules (hadolint's DL3006/DL3007/DL3000/DL3020/DL3025)", () => {
    const baseArg = dockerfile.args.find((arg) => arg.keyword === "ARG" && arg.args.startsWith("NODE_IMAGE="));
    const base = baseArg?.args.split("=")[1] ?? "";
    expect(base).toMatch(/^node:\d+[-\w.]*$/);
    expect(base).not.toContain("latest");
    for (const stage of dockerfile.stages) {
      expect(/^\$\{NODE_IMAGE\}$/.test(stage.from) || /:[\w.-]+$/.test(stage.from), `FROM ${stage.from} has a tag`).toBe(true);
      for (const workdir of all(stage, "WORKDIR")) expect(workdir.args.startsWith("/")).toBe(true);
      expect(all(stage, "ADD")).toHaveLength(0);
    }
    for (const keyword of ["CMD", "ENTRYPOINT"])
      for (const instruction of all(runtime, keyword)) expect(() => execForm(instruction.args)).not.toThrow();
  });
});

describe("compose.yaml", () => {
  type Service = {
    build?: string;
    image?: string;
    environment?: Record<string, string>;
    volumes?: string[];
    ports?: string[];
    depends_on?: Record<string, { condition: string }>;
    healthcheck?: { test: string[] };
  };
  const compose = parse(readFileSync(join(ROOT, "compose.yaml"), "utf8")) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const bot = compose.services.bot as Service;
  const db = compose.services.db as Service;
  /** What compose substitutes when nothing is set: `${NAME:-default}` → default. */
  const withDefaults = (value: string) =>
    value.replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_match, _name, fallback: string | undefined) => fallback ?? "");

  it("runs the bot built from this folder beside PostgreSQL 16 with a named volume", () => {
    expect(bot.build).toBe(".");
    expect(db.image).toMatch(/^postgres:16(\b|$)/);
    const [volume, mountedAt] = (db.volumes?.[0] ?? "").split(":");
    expect(mountedAt).toBe("/var/lib/postgresql/data");
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it("wires DATABASE_URL to the database's user, password, name and service, and starts the bot once it is healthy", () => {
    const url = new URL(withDefaults(bot.environment?.DATABASE_URL ?? ""));
    const dbEnv = Object.fromEntries(Object.entries(db.environment ?? {}).map(([key, value]) => [key, withDefaults(value)]));
    expect(url.protocol).toBe("postgresql:");
    expect(url.hostname).toBe("db");
    expect(url.port).toBe("5432");
    expect(url.username).toBe(dbEnv.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(dbEnv.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${dbEnv.POSTGRES_DB}`);
    expect(bot.depends_on?.db?.condition).toBe("service_healthy");
    expect(db.healthcheck?.test.join(" ")).toContain("pg_isready");
    expect(bot.healthcheck?.test.join(" ")).toContain(`127.0.0.1:${bot.environment?.PORT}/healthz`);
    expect(bot.ports?.[0]?.split(":").at(-1)).toBe(bot.environment?.PORT);
  });

  it("gives the bot an environment the service's configuration accepts", () => {
    const env = Object.fromEntries(Object.entries(bot.environment ?? {}).map(([key, value]) => [key, withDefaults(String(value))]));
    const config = loadConfig(env);
    expect(config.databaseUrl).toMatch(/@db:5432\//);
    expect(config.port).toBe(3978);
    // With Slack configured over HTTP the service listens on all interfaces, as it must in a container.
    const slack = loadConfig({ ...env, SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" });
    expect(listenHost(slack)).toBe("0.0.0.0");
  });
});
