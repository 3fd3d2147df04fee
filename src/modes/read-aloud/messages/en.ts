import type { ReadAloudMessages } from './zh-Hans.ts';

/** The read-aloud player's text in English. */
export const messages: ReadAloudMessages = {
  label: 'Read this page aloud',
  play: 'Read aloud',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  speed: 'Speed',
  slow: 'Slower',
  normal: 'Normal',
  fast: 'Faster',
  noSpeech: 'This browser cannot read pages aloud. Try opening this page in the browser that came with your phone.',
  noVoice: 'This phone has no English voice, so it cannot read this page aloud. You can add one in the phone’s text-to-speech settings, then try again.',
};
