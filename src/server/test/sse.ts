import type { ServerEvent } from '../../shared/api/events.js';

/** An open SSE stream read through fetch, as a browser's EventSource would. */
export interface EventStream {
  events: ServerEvent[];
  /** The answer's headers (a proxy in front may add its own). */
  headers: Headers;
  /** Resolves when an event of the type arrives (or has arrived), rejects after the timeout. */
  waitFor(type: ServerEvent['type'], timeoutMs?: number): Promise<ServerEvent>;
  close(): void;
  ended: Promise<void>;
}

/** Opens GET /api/events at a listening server with the given cookie header; `onEvent` hears each event as it arrives. */
export async function openEventStream(baseUrl: string, cookie: string, onEvent?: (event: ServerEvent) => void): Promise<EventStream> {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/events`, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`event stream answered ${res.status}`);
  const events: ServerEvent[] = [];
  const waiters = new Set<() => void>();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let idx;
        while ((idx = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, idx);
          buffer = buffer.slice(idx + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) {
            const event = JSON.parse(data.slice(6)) as ServerEvent;
            events.push(event);
            onEvent?.(event);
            for (const w of [...waiters]) w();
          }
        }
      }
    } catch {
      // aborted
    }
    for (const w of [...waiters]) w();
  })();
  return {
    events,
    headers: res.headers,
    ended,
    close: () => controller.abort(),
    waitFor(type, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find((e) => e.type === type);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${type} event within ${timeoutMs} ms; got ${JSON.stringify(events)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
