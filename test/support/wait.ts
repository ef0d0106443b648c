/** Polls until `probe` returns something truthy, and returns it; fails after `ms` naming what was awaited. */
export async function waitUntil<T>(probe: () => T | undefined | false | null, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
