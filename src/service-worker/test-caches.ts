/**
 * For tests only: the worker's `caches` (CacheStorage) in memory, enough of it for the worker's and the page's
 * modules (open, has, match, delete; a cache's match, put, add, delete, keys), keyed by full address. Each read gives a fresh copy, as the
 * browser's does.
 */
export function fakeCaches(base = 'http://site/') {
  const stores = new Map<string, Map<string, Response>>();
  const keyOf = (request: RequestInfo | URL) => new URL(typeof request === 'string' || request instanceof URL ? request : request.url, base).href;
  const open = (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      match: async (request: RequestInfo | URL) => store.get(keyOf(request))?.clone(),
      put: async (request: RequestInfo | URL, response: Response) => {
        store.set(keyOf(request), new Response(await response.arrayBuffer(), response));
      },
      /** Fetches the address with the global `fetch` and keeps a 200, as the browser's does; rejects otherwise. */
      add: async (request: RequestInfo | URL) => {
        const response = await fetch(keyOf(request));
        if (response.status !== 200) throw new TypeError(`${keyOf(request)}: ${response.status}`);
        store.set(keyOf(request), new Response(await response.arrayBuffer(), response));
      },
      delete: async (request: RequestInfo | URL) => store.delete(keyOf(request)),
      keys: async () => [...store.keys()].map((key) => new Request(key)),
    };
  };
  const storage = {
    open: async (name: string) => open(name),
    has: async (name: string) => stores.has(name),
    delete: async (name: string) => stores.delete(name),
    match: async (request: RequestInfo | URL, options?: { cacheName?: string }) => {
      for (const [name, store] of stores) {
        if (options?.cacheName && options.cacheName !== name) continue;
        const found = store.get(keyOf(request));
        if (found) return found.clone();
      }
      return undefined;
    },
  };
  /** The text held under `key` in cache `name`, or undefined. */
  const text = async (name: string, key: string) => stores.get(name)?.get(keyOf(key))?.clone().text();
  return { storage: storage as unknown as CacheStorage, stores, text };
}
