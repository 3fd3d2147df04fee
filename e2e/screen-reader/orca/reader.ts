import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Desktop } from './desktop.ts';
import { poll } from './poll.ts';

/** One utterance as speech-dispatcher received it: the language Orca asked for, and the text. */
export interface Utterance {
  language: string;
  text: string;
}

/** What one step heard: its name, the keys pressed, and every utterance from the first key until speech fell quiet. */
export interface Step {
  name: string;
  keys: string[];
  heard: Utterance[];
}

export interface StepOptions {
  /** Phrases the step waits to hear (each within one utterance or across neighbouring ones), before waiting for quiet. */
  until?: (string | RegExp)[];
  /** How long speech must pause before the step counts as finished. */
  quietMs?: number;
  /** Longest the whole step may take; generous, as the machine is shared. */
  timeoutMs?: number;
  /** The step may hear nothing at all; otherwise, with no `until`, it waits for the first utterance. */
  silent?: boolean;
}

/**
 * Orca as the tests drive it: keys go through xdotool to the X server, as a keyboard's would, so Orca hears them
 * first; what Orca says is read back from speech-dispatcher's capture file.
 */
export class ScreenReader {
  readonly steps: Step[] = [];
  #consumed = 0;
  #current: Step | undefined;

  constructor(private readonly desktop: Desktop) {}

  /** Every utterance so far, in order. */
  utterances(): Utterance[] {
    return readFileSync(this.desktop.speechFile, 'utf8')
      .split('\n')
      .filter((line) => line.length)
      .map((line) => {
        const bar = line.indexOf('|');
        return { language: line.slice(0, bar), text: normalise(line.slice(bar + 1).trim()) };
      });
  }

  /** Presses keys as xdotool names them (`h`, `Tab`, `shift+Tab`, `Return`, `KP_Add` for say-all, `Insert+a`). */
  press(...keys: string[]) {
    this.#current?.keys.push(keys.join(' '));
    this.#xdotool(['key', '--clearmodifiers', '--delay', '120', ...keys]);
  }

  /** Types text into whatever has focus, a character at a time (Chinese included: xdotool maps each to a spare key). */
  type(text: string) {
    this.#current?.keys.push(`type "${text}"`);
    this.#xdotool(['type', '--clearmodifiers', '--delay', '40', text]);
  }

  /**
   * Runs `act` (which presses keys), then collects speech until every `until` phrase has been heard and speech has
   * been quiet for `quietMs`; the step and what it heard are kept for the transcript. Throws (with what was heard)
   * when a phrase never comes within `timeoutMs`.
   */
  async step(name: string, act: () => void | Promise<void>, { until = [], quietMs = 1_500, timeoutMs = 45_000, silent = false }: StepOptions = {}): Promise<string> {
    const step: Step = { name, keys: [], heard: [] };
    this.steps.push(step);
    const start = this.#consumed;
    this.#current = step;
    try {
      await act();
    } finally {
      this.#current = undefined;
    }
    const heard = () => this.utterances().slice(start);
    const text = () => heard().map((u) => u.text).join('\n');
    const missing = () => {
      const spoken = text();
      if (!until.length && !silent && !spoken) return ['anything at all'];
      return until.filter((phrase) => (typeof phrase === 'string' ? !spoken.includes(normalise(phrase)) : !phrase.test(spoken)));
    };
    const deadline = Date.now() + timeoutMs;
    try {
      await poll(() => missing().length === 0, { timeoutMs, what: `"${missing().join('", "')}"` });
    } finally {
      step.heard = heard();
    }
    let count = heard().length;
    let since = Date.now();
    await poll(
      () => {
        const now = heard().length;
        if (now !== count) {
          count = now;
          since = Date.now();
        }
        return Date.now() - since >= quietMs;
      },
      { timeoutMs: Math.max(deadline - Date.now(), quietMs * 2), quiet: true },
    );
    step.heard = heard();
    this.#consumed = start + step.heard.length;
    return step.heard.map((u) => u.text).join('\n');
  }

  /** Waits for quiet and forgets what was said meanwhile (a page loading), so the next step starts clean. */
  async settle(quietMs = 1_500) {
    await this.step('(settling)', () => {}, { quietMs, timeoutMs: 30_000, silent: true });
    this.steps.pop();
  }

  /** The steps as a person reads them: each step's name and keys, then what Orca said, one utterance a line. */
  transcript(title: string): string {
    const lines = [`# ${title}`, ''];
    for (const step of this.steps) {
      lines.push(`## ${step.name}`, `keys: ${step.keys.join(', ') || '(none)'}`, '');
      for (const u of step.heard) lines.push(`  [${u.language}] ${u.text}`);
      lines.push('');
    }
    return lines.join('\n');
  }

  #xdotool(args: string[]) {
    const result = spawnSync('xdotool', args, { env: this.desktop.env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`xdotool ${args.join(' ')} failed: ${result.stderr}`);
  }
}

/**
 * speech-dispatcher hands the synthesiser full-width punctuation as ASCII (`？` as `?`, `，` as `,`): phrases and what
 * was heard are compared in that form (NFKC), so a test may quote the page's own text.
 */
export function normalise(text: string): string {
  return text.normalize('NFKC');
}

/** How many times `phrase` occurs in what a step heard: a phrase heard twice is a fault as much as one never heard. */
export function countHeard(heard: string, phrase: string): number {
  return heard.split(normalise(phrase)).length - 1;
}
