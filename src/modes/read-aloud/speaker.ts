/**
 * Speaks a list of sentences one utterance at a time, each after the last has ended, so a long page is never
 * one utterance (Android cuts those off) and a change of speed takes effect at once: the sentence being read
 * is started again at the new speed. Every `speak` belongs to a run; ending a run (stop, a new play, a change
 * of speed) makes the events of its utterances, which `cancel()` fires late, count for nothing.
 */
export type SpeakerState = 'stopped' | 'playing' | 'paused';

export interface Sentence { text: string; lang: string; voice?: SpeechSynthesisVoice }

type Synth = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'pause' | 'resume'>;

export function createSpeaker(
  synth: Synth,
  makeUtterance: (text: string) => SpeechSynthesisUtterance,
  onState: (state: SpeakerState) => void,
) {
  let sentences: Sentence[] = [];
  let index = 0;
  let rate = 1;
  let run = 0;
  let state: SpeakerState = 'stopped';
  /** The engine ended the sentence when asked to pause, as some Android versions do: resume says it again. */
  let cutShort = false;

  const set = (next: SpeakerState) => {
    state = next;
    onState(next);
  };

  const speakFrom = (current: number) => {
    if (current !== run) return;
    const sentence = sentences[index];
    if (!sentence) return set('stopped');
    const utterance = makeUtterance(sentence.text);
    utterance.lang = sentence.lang;
    if (sentence.voice) utterance.voice = sentence.voice;
    utterance.rate = rate;
    const next = () => {
      if (current !== run) return;
      if (state === 'paused') {
        cutShort = true;
        return;
      }
      index += 1;
      speakFrom(current);
    };
    utterance.onend = next;
    // A sentence the engine cannot say is skipped, not the rest of the page.
    utterance.onerror = next;
    synth.speak(utterance);
  };

  /** Ends the current run; a paused engine is resumed once it is empty, or it would stay paused for the next. */
  const cancel = () => {
    run += 1;
    cutShort = false;
    synth.cancel();
    if (state === 'paused') synth.resume();
  };

  return {
    play(list: Sentence[]) {
      cancel();
      sentences = list;
      index = 0;
      set('playing');
      speakFrom(run);
    },
    pause() {
      if (state !== 'playing') return;
      synth.pause();
      set('paused');
    },
    resume() {
      if (state !== 'paused') return;
      synth.resume();
      set('playing');
      if (!cutShort) return;
      cutShort = false;
      run += 1;
      speakFrom(run);
    },
    stop() {
      if (state === 'stopped') return;
      cancel();
      set('stopped');
    },
    setRate(next: number) {
      rate = next;
      if (state !== 'playing') return;
      cancel();
      speakFrom(run);
    },
  };
}

export type Speaker = ReturnType<typeof createSpeaker>;
