import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, startServiceProcess } from "../support/service-process.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

describe("local mode: npm start with no credentials, tried in the Agents Playground in headless Chromium", () => {
  let dir: string;
  let service: RunningService;
  let browser: Browser;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (the CI script does this)`);
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-playground-"));
    service = startServiceProcess({ PORT: "0", DATA_DIR: join(dir, "data"), PLAYGROUND_PORT: String(await freePort()), LOG_LEVEL: "info" });
    url = (await service.waitFor(/Open (http:\/\/localhost:\d+) to try the bot/))[1] ?? "";
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    });
    // A Dutch-speaking user: Teams sends the client's language with every message.
    page = await browser.newPage({ locale: "nl-NL" });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function send(text: string): Promise<void> {
    const box = page.locator('[role="textbox"][contenteditable="true"]').first();
    await box.click();
    await box.fill(text);
    await page.getByRole("button", { name: "Send Message" }).click();
  }

  /** Opens the Playground (again), which greets with the commands. */
  async function open(): Promise<void> {
    await page.goto(url);
    await page.getByText("Doe-agenda: opdrachten").first().waitFor({ timeout: 30_000 });
  }

  it("prints where to open the Playground, and greets with the commands when it is opened", async () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    await open();
    // Local mode makes the person at the Playground the project leader, so the leader's commands are listed.
    await page.getByText("koppel ‹overleg›", { exact: false }).first().waitFor({ timeout: 10_000 });
  });

  it("answers `help` and `mijn` with cards in the chat", async () => {
    await open();
    const greetings = await page.getByText("Doe-agenda: opdrachten").count();
    await send("help");
    await expect.poll(() => page.getByText("Doe-agenda: opdrachten").count(), { timeout: 15_000 }).toBeGreaterThan(greetings);
    await send("mijn");
    await page.getByText("Je bent nog geen trekker van een actie.").first().waitFor({ timeout: 15_000 });
  });

  it("lets the leader assign themselves and then see the action under `mijn`", async () => {
    await open();
    await send("trekker 2.5 projectleider@example.nl");
    await page.getByText("is nu trekker van 2.5.").first().waitFor({ timeout: 15_000 });
    await send("mijn");
    await page.getByText("2.5 Kandidaten in beeld via heldere profielen").first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(dir, "playground.png"), fullPage: true });
  });
});
