/**
 * Long work says what it is doing and how long each stage took.
 */
export type Log = (line: string) => void;

/** Runs `work` as a named stage: prints its start, then its duration. */
export async function stage<T>(name: string, work: () => T | Promise<T>, log: Log): Promise<T> {
  log(`▸ ${name}…`);
  const started = performance.now();
  const result = await work();
  log(`✓ ${name} (${formatDuration(performance.now() - started)})`);
  return result;
}

/** "840 ms" or "2.41 s". */
export function formatDuration(milliseconds: number): string {
  return milliseconds < 1000
    ? `${Math.round(milliseconds)} ms`
    : `${(milliseconds / 1000).toFixed(2)} s`;
}
