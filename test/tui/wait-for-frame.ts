/**
 * Resolves with the first frame that satisfies `ok`, polling on the event
 * loop instead of sleeping a fixed time; rejects with the last frame after
 * `timeoutMs` so a failure shows what was on screen.
 */
export async function waitForFrame(
  lastFrame: () => string | undefined,
  ok: (frame: string) => boolean,
  timeoutMs = 2000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = lastFrame() ?? '';
    if (ok(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`frame never matched; last frame:\n${frame}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
