/**
 * Keeps pages of one origin in step: every save and delete is announced on a
 * BroadcastChannel per storage namespace, and to the other listeners in this
 * page (a channel never hears its own messages).
 */
export interface ChangeMessage {
  key: string;
  /** The saved value; '' for a deleted answer. */
  value: string;
  updatedAt: string;
  deleted?: boolean;
}

type Listener = (message: ChangeMessage) => void;

interface Hub {
  channel?: BroadcastChannel;
  listeners: Set<Listener>;
}

const hubs = new Map<string, Hub>();

function hub(namespace: string): Hub {
  let h = hubs.get(namespace);
  if (!h) {
    const listeners = new Set<Listener>();
    h = { listeners };
    try {
      h.channel = new BroadcastChannel(`learning-pack:${namespace}`);
      h.channel.onmessage = (e: MessageEvent<ChangeMessage>) => {
        if (isChange(e.data)) for (const l of [...listeners]) l(e.data);
      };
      // In Node (the store without the elements), an open channel would keep the process alive.
      (h.channel as { unref?: () => void }).unref?.();
    } catch {
      // No BroadcastChannel (very old browsers): pages simply do not hear each other.
    }
    hubs.set(namespace, h);
  }
  return h;
}

function isChange(m: unknown): m is ChangeMessage {
  const c = m as ChangeMessage;
  return !!c && typeof c.key === 'string' && typeof c.value === 'string' && typeof c.updatedAt === 'string';
}

/** Listens for changes in a namespace; returns the function that stops listening. */
export function subscribe(namespace: string, listener: Listener): () => void {
  const h = hub(namespace);
  h.listeners.add(listener);
  return () => h.listeners.delete(listener);
}

/** Tells every other listener, in this page and in others, about a change. */
export function publish(namespace: string, message: ChangeMessage, from?: Listener): void {
  const h = hub(namespace);
  for (const l of [...h.listeners]) if (l !== from) l(message);
  try {
    h.channel?.postMessage(message);
  } catch {
    // A closed channel: other pages read the change when they next load.
  }
}
