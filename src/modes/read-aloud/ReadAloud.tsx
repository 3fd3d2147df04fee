import { useMode } from '../use-mode.ts';

/**
 * Where the read-aloud player appears, under the page's `h1`, while read-aloud mode is on. This is all of it
 * that every page downloads: the player and its text load the first time the mode is on.
 */
export function ReadAloud() {
  const Player = useMode('read-aloud');
  return Player ? <Player /> : null;
}
