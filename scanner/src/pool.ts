/**
 * Runs `work` over `items` with at most `concurrency` at a time; results keep the items' order.
 * Once `signal` aborts, no further item starts.
 */
export async function pool<T, R>(items: T[], concurrency: number, signal: AbortSignal, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal.aborted) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
