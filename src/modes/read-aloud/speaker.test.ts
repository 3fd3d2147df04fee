import { describe, expect, it, vi } from 'vitest';
import { createSpeaker, type SpeakerState } from './speaker.ts';

interface FakeUtterance { text: string; lang: string; rate: number; voice?: unknown; onend?: () => void; onerror?: () => void }

function setUp() {
  const spoken: FakeUtterance[] = [];
  const synth = {
    speak: vi.fn((utterance: FakeUtterance) => void spoken.push(utterance)),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
  };
  const states: SpeakerState[] = [];
  const speaker = createSpeaker(
    synth as never,
    (text) => ({ text, lang: '', rate: 1 }) as unknown as SpeechSynthesisUtterance,
    (state) => states.push(state),
  );
  const finish = (i: number) => spoken[i]!.onend!();
  return { spoken, synth, states, speaker, finish };
}

const lines = [{ text: '第一句。', lang: 'zh-CN' }, { text: '第二句。', lang: 'zh-CN' }];

describe('createSpeaker', () => {
  it('speaks one sentence at a time, each when the last has ended, then stops', () => {
    const { spoken, states, speaker, finish } = setUp();
    speaker.play(lines);
    expect(spoken.map((u) => u.text)).toEqual(['第一句。']);
    finish(0);
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([['第一句。', 'zh-CN'], ['第二句。', 'zh-CN']]);
    finish(1);
    expect(states).toEqual(['playing', 'stopped']);
  });

  it('pauses, resumes and stops the engine', () => {
    const { synth, states, speaker } = setUp();
    speaker.play(lines);
    speaker.pause();
    expect(synth.pause).toHaveBeenCalledOnce();
    speaker.resume();
    expect(synth.resume).toHaveBeenCalledOnce();
    speaker.stop();
    expect(synth.cancel).toHaveBeenCalledTimes(2);
    expect(states).toEqual(['playing', 'paused', 'playing', 'stopped']);
  });

  it('ignores the late end of a cancelled utterance', () => {
    const { spoken, speaker, finish } = setUp();
    speaker.play(lines);
    speaker.stop();
    finish(0);
    expect(spoken).toHaveLength(1);
  });

  it('says the current sentence again at a new speed, and the next ones at it too', () => {
    const { spoken, speaker, finish } = setUp();
    speaker.play(lines);
    speaker.setRate(0.7);
    finish(0);
    expect(spoken).toHaveLength(2);
    expect(spoken.map((u) => [u.text, u.rate])).toEqual([['第一句。', 1], ['第一句。', 0.7]]);
    finish(1);
    expect(spoken.map((u) => [u.text, u.rate])[2]).toEqual(['第二句。', 0.7]);
  });

  it('says the sentence again on resume when the engine ended it on pause, as some Android versions do', () => {
    const { spoken, synth, speaker, finish } = setUp();
    speaker.play(lines);
    speaker.pause();
    finish(0);
    expect(spoken).toHaveLength(1);
    speaker.resume();
    expect(synth.resume).toHaveBeenCalledOnce();
    expect(spoken.map((u) => u.text)).toEqual(['第一句。', '第一句。']);
    finish(1);
    expect(spoken.map((u) => u.text)).toEqual(['第一句。', '第一句。', '第二句。']);
  });

  it('skips a sentence the engine cannot say', () => {
    const { spoken, speaker } = setUp();
    speaker.play(lines);
    spoken[0]!.onerror!();
    expect(spoken.map((u) => u.text)).toEqual(['第一句。', '第二句。']);
  });

  it('resumes a paused engine when stopped, so the next play is heard', () => {
    const { synth, speaker } = setUp();
    speaker.play(lines);
    speaker.pause();
    speaker.stop();
    expect(synth.resume).toHaveBeenCalledOnce();
  });
});
