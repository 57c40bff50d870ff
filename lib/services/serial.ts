/**
 * Runs async tasks one after another. The service worker answers messages concurrently; read-modify-
 * write sequences (badge counts, content-script registrations) must not interleave.
 */
export function createSerial() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
