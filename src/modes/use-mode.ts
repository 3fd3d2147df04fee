import { useEffect, useState } from 'preact/hooks';
import type { modes } from './loaders.ts';

type Modes = typeof modes;
type Loaded<N extends keyof Modes> = Awaited<ReturnType<Modes[N]>>;

/**
 * What a mode the person chose needs (src/modes/loaders.ts), loaded while `<html data-<name>="on">` says the mode is
 * on; undefined while it is off or still loading. The preferences set the attribute before first paint and
 * change it live (also from another tab); this only watches it, so a mode's code stays out of every page's
 * download until the mode is turned on. Off while prerendering and hydrating, so the first render matches the
 * prerendered HTML. Every page is a component of its own, so `argument` is that of the page the hook began with.
 */
export function useMode<N extends keyof Modes>(name: N, argument?: string): Loaded<N> | undefined {
  const [loaded, setLoaded] = useState<{ value: Loaded<N> }>();
  useEffect(() => {
    const root = document.documentElement;
    const attribute = `data-${name}`;
    let latest = 0;
    const update = () => {
      const run = ++latest;
      if (root.getAttribute(attribute) !== 'on') return setLoaded(undefined);
      import('./loaders.ts')
        .then((module) => (module.modes[name] as (argument?: string) => Promise<Loaded<N>>)(argument))
        .then((value) => run === latest && setLoaded({ value }), () => {});
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { attributes: true, attributeFilter: [attribute] });
    return () => {
      latest = -1;
      observer.disconnect();
    };
  }, []);
  return loaded?.value;
}
