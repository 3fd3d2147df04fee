import { expect, test, type Page } from '@playwright/test';
import { setMode, startWithMode } from './modes.ts';
import { expectNoAxeViolations, waitForApp } from './site.ts';

interface Spoken { text: string; lang: string; rate: number; voice?: string }
/** `lateEnds`: interrupted utterances whose end event is still to come. */
interface Stub { spoken: Spoken[]; calls: string[]; lateEnds: number; finish(): void }

/**
 * `speechSynthesis` stood in for: it records every utterance (text, language, rate, voice) and every call.
 * With `autoEnd` each utterance ends by itself a moment later, as a fast voice would; otherwise the test ends
 * the current one with `finish()`. `voices` are what the phone has.
 */
async function stubSpeech(page: Page, options: { voices?: { name: string; lang: string }[]; autoEnd?: boolean; none?: boolean } = {}) {
  await page.addInitScript(({ voices, autoEnd, none }) => {
    if (none) {
      Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
      Reflect.deleteProperty(window, 'speechSynthesis');
      return;
    }
    const stub = { spoken: [] as unknown[], calls: [] as string[], lateEnds: 0, current: undefined as undefined | SpeechSynthesisUtterance, finish() {} };
    const list = voices.map((voice) => ({ ...voice, localService: true, default: false, voiceURI: voice.name }));
    const end = (utterance: SpeechSynthesisUtterance) => utterance.onend?.(new Event('end') as SpeechSynthesisEvent);
    stub.finish = () => stub.current && end(stub.current);
    class Utterance {
      text: string; lang = ''; rate = 1; voice: SpeechSynthesisVoice | null = null;
      onend: ((event: Event) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(text: string) { this.text = text; }
    }
    const synth = Object.assign(new EventTarget(), {
      speaking: false, paused: false, pending: false,
      getVoices: () => list,
      speak(utterance: SpeechSynthesisUtterance) {
        stub.calls.push('speak');
        stub.spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice?.name });
        stub.current = utterance;
        if (autoEnd) setTimeout(() => end(utterance), 5);
      },
      cancel() {
        stub.calls.push('cancel');
        // As browsers do: the interrupted utterance ends, a moment later.
        const interrupted = stub.current;
        stub.current = undefined;
        // Counted while due, so a test can wait until the late end has come instead of waiting a fixed time.
        if (interrupted) {
          stub.lateEnds++;
          setTimeout(() => (end(interrupted), stub.lateEnds--), 5);
        }
      },
      pause() { stub.calls.push('pause'); },
      resume() { stub.calls.push('resume'); },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    (window as unknown as { speech: typeof stub }).speech = stub;
  }, { voices: options.voices ?? [{ name: '普通话', lang: 'zh-CN' }, { name: 'English', lang: 'en-US' }], autoEnd: options.autoEnd ?? false, none: options.none ?? false });
}

const speech = (page: Page) => page.evaluate(() => {
  const { spoken, calls, lateEnds } = (window as unknown as { speech: Stub }).speech;
  return { spoken: [...spoken], calls: [...calls], lateEnds };
});
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { speech: Stub }).speech.finish());
const player = (page: Page) => page.getByRole('region', { name: '朗读本页' });

test('read aloud is off by default: no player, and nothing of its code is downloaded', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await stubSpeech(page);
  await page.goto('/guides/bus-pass/');
  await waitForApp(page);
  await expect(player(page)).toHaveCount(0);
  expect(fetched.filter((path) => /Player/.test(path))).toEqual([]);
  expect((await speech(page)).calls).toEqual([]);
});

test('it reads the main content in order, with a Chinese voice, never the pinyin, the player, the breadcrumbs or the QR code', async ({ page }) => {
  await stubSpeech(page, { autoEnd: true });
  await startWithMode(page, 'read-aloud');
  await startWithMode(page, 'pinyin');
  await page.goto('/guides/bus-pass/');
  await expect(page.locator('h1 ruby').first()).toBeVisible();
  // Nothing is said until play is pressed.
  await expect(player(page).getByRole('button', { name: '朗读' })).toBeVisible();
  expect((await speech(page)).spoken).toEqual([]);

  await player(page).getByRole('button', { name: '朗读' }).press('Enter');
  // The last words of the main content: the date the guide was updated. Then the player is back at rest.
  await expect.poll(async () => (await speech(page)).spoken.at(-1)?.text).toBe('更新日期：2026-11-24');
  await expect(player(page).getByRole('button', { name: '朗读' })).toBeVisible();
  const { spoken } = await speech(page);
  const texts = spoken.map((utterance) => utterance.text);

  expect(texts[0]).toBe('残疾人乘车证');
  const order = ['残疾人乘车证', '残疾人办理乘车证：谁可以办、带什么、怎么办。', '谁可以申请', '持有本市残疾人证的残疾人', '带上材料到市残联或者户籍所在地的县（市）区残联提出申请。', '市残联长期公开乘车证的办理依据、标准和流程。', '先看残疾人证新办。'];
  const positions = order.map((text) => texts.findIndex((spokenText) => spokenText.includes(text)));
  expect(positions.every((position) => position >= 0), JSON.stringify(texts)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));

  const all = texts.join('\n');
  expect(all).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  for (const unwanted of ['语速', '停止', '扫一扫', '您当前的位置', '跳到正文']) expect(all).not.toContain(unwanted);
  expect(texts.every((text) => [...text].length <= 80)).toBe(true);
  expect(spoken.every((utterance) => utterance.lang === 'zh-CN' && utterance.voice === '普通话' && utterance.rate === 1)).toBe(true);
});

test('pause, resume, stop and speed, by keyboard, call the speech engine', async ({ page }) => {
  await stubSpeech(page);
  await startWithMode(page, 'read-aloud');
  await page.goto('/guides/bus-pass/');
  const play = player(page).getByRole('button', { name: '朗读' });
  const stop = player(page).getByRole('button', { name: '停止' });
  await expect(stop).toHaveAttribute('aria-disabled', 'true');

  await play.press('Enter');
  await expect(player(page).getByRole('button', { name: '暂停' })).toBeFocused();
  await expect(stop).toHaveAttribute('aria-disabled', 'false');
  await finishUtterance(page);
  await expect.poll(async () => (await speech(page)).spoken.map((u) => u.text)).toEqual(['残疾人乘车证', '残疾人办理乘车证：谁可以办、带什么、怎么办。']);

  await page.keyboard.press('Enter');
  await expect(player(page).getByRole('button', { name: '继续' })).toBeFocused();
  expect((await speech(page)).calls.at(-1)).toBe('pause');
  await page.keyboard.press('Space');
  await expect(player(page).getByRole('button', { name: '暂停' })).toBeFocused();
  expect((await speech(page)).calls.at(-1)).toBe('resume');

  // Slower: the sentence being read starts again at the slower rate.
  await player(page).getByRole('radio', { name: '正常' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(player(page).getByRole('radio', { name: '慢' })).toBeChecked();
  await expect.poll(async () => (await speech(page)).spoken.at(-1)).toEqual(expect.objectContaining({ text: '残疾人办理乘车证：谁可以办、带什么、怎么办。', rate: 0.7 }));
  await finishUtterance(page);
  await expect.poll(async () => (await speech(page)).spoken.at(-1)?.rate).toBe(0.7);
  expect((await speech(page)).spoken.at(-1)?.text).toBe('谁可以申请');

  await stop.focus();
  await page.keyboard.press('Enter');
  expect((await speech(page)).calls.at(-1)).toBe('cancel');
  await expect(play).toBeVisible();
  await expect(stop).toHaveAttribute('aria-disabled', 'true');
  // The cancelled utterance's late end does not start the next sentence.
  await expect.poll(async () => (await speech(page)).lateEnds).toBe(0);
  expect((await speech(page)).spoken.at(-1)?.text).toBe('谁可以申请');
});

test('it stops when the person follows a link in the app, and when the mode is turned off', async ({ page }) => {
  await stubSpeech(page);
  await startWithMode(page, 'read-aloud');
  await page.goto('/guides/bus-pass/');
  await waitForApp(page);
  await player(page).getByRole('button', { name: '朗读' }).click();
  await expect(player(page).getByRole('button', { name: '暂停' })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await page.locator('.prose a[href="/guides/certificate-new/"]').click();
  await expect(page.locator('h1')).toHaveText('残疾人证新办');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect((await speech(page)).calls.at(-1)).toBe('cancel');
  const spokenBefore = (await speech(page)).spoken.length;
  await finishUtterance(page);
  expect((await speech(page)).spoken.length).toBe(spokenBefore);

  // On the new page, playing and then turning the mode off stops it and takes the player away.
  await player(page).getByRole('button', { name: '朗读' }).click();
  await expect.poll(async () => (await speech(page)).spoken.at(-1)?.text).toBe('残疾人证新办');
  await setMode(page, 'read-aloud', false);
  await expect(player(page)).toHaveCount(0);
  expect((await speech(page)).calls.at(-1)).toBe('cancel');
});

test('it says plainly when the phone has no voice for the page’s language', async ({ page }) => {
  await stubSpeech(page, { voices: [{ name: 'English', lang: 'en-US' }] });
  await startWithMode(page, 'read-aloud');
  await page.goto('/guides/bus-pass/');
  await expect(player(page)).toContainText('这部手机没有中文语音');
  await expect(page.locator('#announcer')).toContainText('这部手机没有中文语音');
  await expect(player(page).getByRole('button')).toHaveCount(0);
  expect((await speech(page)).calls).toEqual([]);
});

test('it says plainly when the browser cannot speak at all', async ({ page }) => {
  await stubSpeech(page, { none: true });
  await startWithMode(page, 'read-aloud');
  await page.goto('/guides/bus-pass/');
  await expect(player(page)).toContainText('这个浏览器不能朗读');
  await expect(page.locator('#announcer')).toContainText('这个浏览器不能朗读');
});

test('the player has no axe violations, and its buttons are at least 44 px', async ({ page }) => {
  await stubSpeech(page);
  await startWithMode(page, 'read-aloud');
  for (const path of ['/', '/guides/bus-pass/']) {
    await page.goto(path);
    await expect(player(page).getByRole('button', { name: '朗读' })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  for (const button of await player(page).getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
});
