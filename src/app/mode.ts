import { useEffect, useState } from 'preact/hooks';

/**
 * What a mode the person chose needs, loaded while `<html data-<name>="on">` says the mode is on; undefined while
 * it is off or still loading. The preferences set the attribute before first paint and change it live (also
 * from another tab); this only watches it, so a mode's code stays out of every page's download until the mode
 * is turned on. Off while prerendering and hydrating, so the first render matches the prerendered HTML. `key`
 * names what is loaded (a content item): a value loaded for another key is never returned.
 */
export function useModeModule<T>(name: 'pinyin' | 'read-aloud', load: () => Promise<T | undefined>, key = ''): T | undefined {
  const [loaded, setLoaded] = useState<{ key: string; value?: T }>();
  useEffect(() => {
    const root = document.documentElement;
    const attribute = `data-${name}`;
    let latest = 0;
    const update = () => {
      const run = ++latest;
      if (root.getAttribute(attribute) !== 'on') return setLoaded(undefined);
      load().then((value) => run === latest && setLoaded({ key, value }), () => {});
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { attributes: true, attributeFilter: [attribute] });
    return () => {
      latest = -1;
      observer.disconnect();
    };
  }, [name, key]);
  return loaded?.key === key ? loaded.value : undefined;
}
