/**
 * A GraphQL-over-SSE subscriber, as a browser's fetch would be: POST with `Accept: text/event-stream`, the stream
 * read and cut into `event: next` payloads as they arrive. `fetchImpl` is a URL fetch or a Yoga instance's own.
 */
export interface Subscription {
  status: number;
  /** Every payload received so far. */
  received: Array<{ data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> }>;
  /** Resolves once `count` payloads have arrived in all, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): void;
}

type FetchLike = (url: string, init: RequestInit) => Promise<Response> | Response;

export async function subscribe(fetchImpl: FetchLike, url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Subscription> {
  const abort = new AbortController();
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const received: Subscription['received'] = [];
  const waiters: Array<() => void> = [];
  if (response.body && (response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = message.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
            if (/^event: next$/m.test(message) && data) {
              received.push(JSON.parse(data));
              for (const wake of waiters.splice(0)) wake();
            }
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
  } else {
    received.push(await response.json());
  }
  return {
    status: response.status,
    received,
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`waited ${timeoutMs} ms for ${count} events, got ${received.length}: ${JSON.stringify(received)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => abort.abort(),
  };
}
