/**
 * A thread of lib/bench/ceiling.ts: runs a xorshift loop the given number of times and
 * answers with the last value.
 *
 * @module
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<number>) => void) | null;
  postMessage(message: number): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  let x = 2463534242;
  for (let i = 0; i < event.data; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  scope.postMessage(x | 0);
};
