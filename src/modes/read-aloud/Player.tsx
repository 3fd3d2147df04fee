import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { announce } from '../../a11y/announce.ts';
import { readableLines, SKIP_ATTRIBUTE } from './extract.ts';
import type { ReadAloudMessages } from './messages/zh-Hans.ts';
import { sentences } from './sentences.ts';
import { createSpeaker, type Sentence, type Speaker, type SpeakerState } from './speaker.ts';
import { chooseVoice, speechLang } from './voice.ts';
import './Player.css';

/** Rates for the three speeds: slower is for people who read slowly, the main reason to use read aloud. */
const speeds = { slow: 0.7, normal: 1, fast: 1.3 } as const;
type Speed = keyof typeof speeds;

/** Chrome fills its list of voices a moment after the page loads; a phone with no voices never does. */
const VOICES_WAIT_MS = 1500;

function voicesOf(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The page's main content as sentences, each with the voice for its language (the page's, where there is none). */
function pageSentences(voices: SpeechSynthesisVoice[], lang: string): Sentence[] {
  const main = document.getElementById('main');
  if (!main) return [];
  const pageVoice = chooseVoice(voices, lang);
  return readableLines(main, lang, (element) => (element as Element).checkVisibility?.() ?? true).flatMap((line) => {
    const voice = chooseVoice(voices, line.lang) ?? pageVoice;
    const utteranceLang = voice?.lang ?? speechLang[line.lang] ?? line.lang;
    return sentences(line.text).map((text) => ({ text, lang: utteranceLang, voice }));
  });
}

/**
 * The speaker that is talking, whichever player started it. Speech belongs to the page, not to one player: when a
 * player goes away (the mode turned off, the page left), this is what must fall silent, even when the player going
 * away is not the one that started it (a player swapped for another while loading).
 */
let talking: Speaker | undefined;
const silence = () => talking?.stop();

/** Loaded when read-aloud mode is first turned on: the player, with its text in the page's language. */
export async function loadPlayer(lang = document.documentElement.lang) {
  const { messages } = await (lang.startsWith('en')
    ? import('./messages/en.ts')
    : lang === 'zh-Hant'
      ? import('./messages/zh-Hans.ts?zh-Hant')
      : import('./messages/zh-Hans.ts'));
  return () => <Player t={messages} lang={lang} />;
}

/**
 * Play, pause and resume (one button, named for what it will do), stop, and a choice of speed. Nothing is said
 * until play is pressed. Reading stops when the person leaves the page, by a link in the app or otherwise, and
 * when the mode is turned off (the player goes away).
 */
function Player({ t, lang }: { t: ReadAloudMessages; lang: string }) {
  const { path } = useLocation();
  const [state, setState] = useState<SpeakerState>('stopped');
  const [speed, setSpeed] = useState<Speed>('normal');
  const [problem, setProblem] = useState<string>();
  const speaker = useRef<Speaker | undefined>(undefined);
  const voices = useRef<Promise<SpeechSynthesisVoice[]> | undefined>(undefined);

  const report = (message: string) => {
    setProblem(message);
    announce(message);
  };

  useEffect(() => {
    const synth = window.speechSynthesis as SpeechSynthesis | undefined;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return report(t.noSpeech);
    const current = createSpeaker(synth, (text) => new SpeechSynthesisUtterance(text), setState);
    speaker.current = current;
    let mounted = true;
    voices.current = voicesOf(synth);
    void voices.current.then((list) => {
      if (mounted && !chooseVoice(list, lang)) report(t.noVoice);
    });
    const stop = () => current.stop();
    // Some browsers keep talking after the page has gone.
    addEventListener('pagehide', stop);
    return () => {
      mounted = false;
      removeEventListener('pagehide', stop);
      stop();
      silence();
    };
  }, []);

  // A client-side navigation: the page being read is on its way out.
  useEffect(() => () => (speaker.current?.stop(), silence()), [path]);

  const play = async () => {
    const list = await voices.current!;
    speaker.current?.setRate(speeds[speed]);
    if (talking !== speaker.current) silence();
    talking = speaker.current;
    speaker.current?.play(pageSentences(list, lang));
  };

  const toggle = () => {
    if (state === 'playing') speaker.current?.pause();
    else if (state === 'paused') speaker.current?.resume();
    else void play();
  };

  const changeSpeed = (next: Speed) => {
    setSpeed(next);
    speaker.current?.setRate(speeds[next]);
  };

  return (
    <section class="read-aloud" aria-label={t.label} {...{ [SKIP_ATTRIBUTE]: '' }}>
      {problem ? (
        <p class="read-aloud__problem">{problem}</p>
      ) : (
        <>
          <div class="read-aloud__buttons">
            <button type="button" class="button" onClick={toggle}>
              {state === 'playing' ? t.pause : state === 'paused' ? t.resume : t.play}
            </button>
            <button type="button" class="button button--secondary" aria-disabled={state === 'stopped'} onClick={() => speaker.current?.stop()}>
              {t.stop}
            </button>
          </div>
          <fieldset class="fieldset read-aloud__speed">
            <legend>{t.speed}</legend>
            <div class="read-aloud__speeds">
            {(Object.keys(speeds) as Speed[]).map((option) => (
              <div class="radios__item" key={option}>
                <input
                  class="radios__input" type="radio" name="read-aloud-speed" id={`read-aloud-${option}`}
                  checked={speed === option} onChange={() => changeSpeed(option)}
                />
                <label class="radios__label" for={`read-aloud-${option}`}>{t[option]}</label>
              </div>
            ))}
            </div>
          </fieldset>
        </>
      )}
    </section>
  );
}
