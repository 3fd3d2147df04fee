import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Subscribe = (listener: () => void) => () => void;

/**
 * A component loaded the first time something happens, then kept. The offline status and the update banner show on
 * few visits, so their code stays out of every page's 20 KB until then (offline, it comes from the service worker's
 * cache). `happened` is checked at mount; `subscribe` tells of it later.
 */
export function useLoadedOnce(happened: () => boolean, subscribe: Subscribe, load: () => Promise<ComponentType>): ComponentType | undefined {
  const [component, setComponent] = useState<ComponentType>();
  useEffect(() => {
    let stop = () => {};
    const show = () => {
      stop();
      void load().then((loaded) => setComponent(() => loaded));
    };
    if (happened()) show();
    else stop = subscribe(show);
    return () => stop();
  }, []);
  return component;
}

/** `subscribe` for an event on window. */
export const onWindowEvent = (type: string): Subscribe => (listener) => {
  addEventListener(type, listener);
  return () => removeEventListener(type, listener);
};
