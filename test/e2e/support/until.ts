/** Reads until `ok` accepts the value or `timeoutMs` passes, then returns the last value read (the assertion says why). */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 300));
  }
}
