import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getOutboxDb } from './db.ts';
import { createDraft, listDrafts, saveDraft } from './drafts.ts';
import { get, list, queue, remove, reopen } from './outbox.ts';
import { CONFLICT_MESSAGE, LEASE_MARGIN_MS, sendAll, type SendOptions } from './sender.ts';
import { answers, fakeClock, fakeServer, json, memoryLocks, resetOutbox, sampleInput, sampleQuestion } from './test-support.ts';
import type { OutboxChange, OutboxRecord } from './types.ts';

beforeEach(resetOutbox);

async function queued(input: Record<string, string> = sampleInput, now?: () => number) {
  const draft = await createDraft({ input, step: 'check' });
  return queue(draft.id, now ? { now } : {});
}

async function setRecord(id: string, changes: Partial<OutboxRecord>) {
  const db = await getOutboxDb();
  const r = await db.get('outbox', id);
  await db.put('outbox', { ...r!, ...changes });
}

function setup(extra: SendOptions = {}) {
  const server = fakeServer();
  const clock = fakeClock();
  const options: SendOptions = { fetch: server.fetch, now: clock.now, random: () => 0, locks: memoryLocks(), ...extra };
  return { server, clock, options, send: (more: SendOptions = {}) => sendAll({ ...options, ...more }) };
}

describe('sendAll: delivery', () => {
  it('sends a queued request once: 201 → sent, receipt kept, ID number dropped', async () => {
    const { server, clock, send } = setup();
    const r = await queued();
    const report = await send();
    expect(report).toEqual({ ran: true, locked: true, attempted: 1, sent: 1, rejected: 0, retrying: 0, nextAttemptAt: null });

    expect(server.calls).toHaveLength(1);
    const call = server.calls[0]!;
    expect(call).toMatchObject({ url: '/api/requests', method: 'POST', key: r.id, contentType: 'application/json' });
    expect(call.body).toEqual(r.body);
    expect(call.body.idNumber).toBe(sampleInput.idNumber);

    const stored = (await get(r.id))!;
    expect(stored.status).toBe('sent');
    expect(stored.receipt).toEqual(server.stored.get(r.id)!.receipt);
    expect(stored.receipt?.reference).toBe('MDJCL-2026-000001');
    expect(stored.body).not.toHaveProperty('idNumber');
    const { idNumber: _dropped, ...rest } = r.body;
    expect(stored.body).toEqual(rest);
    expect(stored.summary).toEqual(r.summary);
    expect(stored).toMatchObject({ attempts: 1, sentAt: clock.now(), lastError: null, leaseUntil: 0 });
    expect(stored.history.map((h) => h.status)).toEqual(['queued', 'sending', 'sent']);
    expect(stored.history.at(-1)?.note).toBe('MDJCL-2026-000001');

    // Nothing more to do: a second pass sends nothing.
    expect(await send()).toMatchObject({ attempted: 0, nextAttemptAt: null });
    expect(server.calls).toHaveLength(1);
  });

  it('marks the record sending, with attempts + 1, in its own transaction before the request goes out', async () => {
    const server = fakeServer();
    const r = await queued();
    let seenDuringFetch: OutboxRecord | undefined;
    await sendAll({
      locks: memoryLocks(),
      fetch: async (url, init) => {
        seenDuringFetch = await get(r.id); // readable from another transaction: already committed
        return server.fetch(url, init);
      },
    });
    expect(seenDuringFetch).toMatchObject({ status: 'sending', attempts: 1 });
    expect((await get(r.id))?.status).toBe('sent');
  });

  it('after a crash mid-request (record left sending) sends again with the same key; the server keeps one', async () => {
    const { server, clock, options } = setup();
    const r = await queued();
    // Tab A: the server stores the request, but the answer never arrives and the tab is closed.
    server.next(async (call) => {
      await server.create(call);
      return new Promise<Response>(() => {});
    });
    const tabA = sendAll({ ...options, locks: memoryLocks() });
    tabA.catch(() => {});
    await vi.waitFor(async () => expect(server.stored.size).toBe(1));
    expect((await get(r.id))?.status).toBe('sending');

    // Tab B opens later; A's lock went with A.
    clock.advance(10_000);
    const report = await sendAll({ ...options, locks: memoryLocks() });
    expect(report).toMatchObject({ attempted: 1, sent: 1 });
    expect(server.calls.map((c) => c.key)).toEqual([r.id, r.id]);
    expect(server.calls[1]!.text).toBe(server.calls[0]!.text);
    expect(server.stored.size).toBe(1);
    const stored = (await get(r.id))!;
    expect(stored).toMatchObject({ status: 'sent', attempts: 2, receipt: server.stored.get(r.id)!.receipt });
    expect(stored.history.map((h) => h.status)).toEqual(['queued', 'sending', 'sending', 'sent']);
    expect(stored.history[2]!.note).toMatch(/same key/);
  });

  it('when the answer is lost on the way back, the retry gets the first receipt and the server keeps one record', async () => {
    const { server, clock, send } = setup();
    const r = await queued();
    server.next(answers.lostAnswer(server.create));
    expect(await send()).toMatchObject({ attempted: 1, retrying: 1, nextAttemptAt: clock.now() + 2000 });
    expect(await get(r.id)).toMatchObject({ status: 'queued', lastError: { kind: 'network' } });
    clock.advance(2000);
    expect(await send()).toMatchObject({ sent: 1 });
    expect(server.stored.size).toBe(1);
    expect(server.calls).toHaveLength(2);
    expect((await get(r.id))?.receipt?.reference).toBe('MDJCL-2026-000001');
  });

  it('does not store the answer of a record the person deleted while it was being sent', async () => {
    const server = fakeServer();
    const r = await queued();
    await sendAll({
      locks: memoryLocks(),
      fetch: async (url, init) => {
        await remove(r.id);
        return server.fetch(url, init);
      },
    });
    expect(await list()).toEqual([]);
  });
});

describe('sendAll: questions go through the same outbox', () => {
  async function queuedQuestion(input: Record<string, string> = sampleQuestion) {
    const draft = await createDraft({ kind: 'question', input, step: 'check' });
    return queue(draft.id);
  }

  it('POSTs a queued question once to /api/questions with its key and its fields, and keeps its receipt', async () => {
    const { server, send } = setup();
    const q = await queuedQuestion({ ...sampleQuestion, description: 'not a question field' });
    expect(await send()).toMatchObject({ attempted: 1, sent: 1, retrying: 0 });
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]).toMatchObject({ url: '/api/questions', method: 'POST', key: q.id, contentType: 'application/json' });
    // The question's fields as typed, blanks (name, contact) and other kinds' fields left out.
    const { name: _name, contact: _contact, ...filled } = sampleQuestion;
    expect(server.calls[0]!.body).toEqual(filled);
    const stored = (await get(q.id))!;
    expect(stored).toMatchObject({ kind: 'question', status: 'sent', receipt: server.stored.get(q.id)!.receipt });
    expect(stored.receipt?.reference).toBe('MDJCLZX-2026-000001');
    expect(await send()).toMatchObject({ attempted: 0 });
    expect(server.calls).toHaveLength(1);
  });

  it('a request and a question queued together each go to their own endpoint once, in the order queued', async () => {
    const { server, clock, send } = setup();
    const request = await queued(sampleInput, clock.now);
    clock.advance(1);
    const question = await queuedQuestion();
    expect(await send()).toMatchObject({ attempted: 2, sent: 2 });
    expect(await send()).toMatchObject({ attempted: 0 });
    expect(server.calls.map((c) => [c.url, c.key])).toEqual([
      ['/api/requests', request.id],
      ['/api/questions', question.id],
    ]);
    expect(server.calls[0]!.body).toEqual(request.body);
    expect(server.calls[1]!.body).toEqual(question.body);
    expect((await get(request.id))!.receipt?.reference).toMatch(/^MDJCL-/);
    expect((await get(question.id))!.receipt?.reference).toMatch(/^MDJCLZX-/);
  });

  it('one queue: a failed request pauses the question behind it; then the never-failed question goes first', async () => {
    const { server, clock, send } = setup();
    const request = await queued(sampleInput, clock.now);
    clock.advance(1);
    const question = await queuedQuestion();
    server.next(answers.networkError());
    expect(await send()).toMatchObject({ attempted: 1, retrying: 1 });
    clock.advance(2000);
    expect(await send()).toMatchObject({ attempted: 2, sent: 2 });
    expect(server.calls.map((c) => [c.url, c.key])).toEqual([
      ['/api/requests', request.id],
      ['/api/questions', question.id],
      ['/api/requests', request.id],
    ]);
  });

  it('a 422 on a question reopens it as a question draft, with the field errors, never offered to the request form', async () => {
    const { server, send } = setup();
    const q = await queuedQuestion();
    server.next(answers.problem(422, 'Unprocessable Content', [{ field: 'text', message: '请写下您的问题或建议' }]));
    expect(await send()).toMatchObject({ rejected: 1 });
    expect(await get(q.id)).toMatchObject({ status: 'rejected', fieldErrors: [{ field: 'text', message: '请写下您的问题或建议' }] });
    const draft = await reopen(q.id);
    expect(draft).toMatchObject({ id: q.id, kind: 'question', step: 'check', fieldErrors: [{ field: 'text', message: '请写下您的问题或建议' }] });
    expect(await listDrafts()).toEqual([]);
    expect((await listDrafts({ kind: 'question' })).map((d) => d.id)).toEqual([q.id]);
    // Corrected and queued again: the same key, to the questions endpoint.
    await saveDraft(q.id, { input: { ...draft.input, text: '补办乘车证要带什么？' } });
    await queue(q.id);
    expect(await send()).toMatchObject({ sent: 1 });
    expect(server.calls.map((c) => [c.url, c.key])).toEqual([
      ['/api/questions', q.id],
      ['/api/questions', q.id],
    ]);
  });

  it('the service worker’s Background Sync call (src/sw.ts) delivers a question that failed offline, at once', async () => {
    const { server, clock, options } = setup();
    const q = await queuedQuestion();
    server.next(answers.networkError());
    expect(await sendAll(options)).toMatchObject({ retrying: 1 });
    // The network is back before the 2 s backoff ends: the browser wakes the worker, which sends it then.
    clock.advance(100);
    expect(await sendAll(options)).toMatchObject({ attempted: 0 });
    expect(await sendAll({ ...options, retryNetworkErrors: true })).toMatchObject({ attempted: 1, sent: 1, retrying: 0 });
    expect(server.calls.map((c) => [c.url, c.key])).toEqual([
      ['/api/questions', q.id],
      ['/api/questions', q.id],
    ]);
  });

  it('a question’s 201 without a well-formed receipt leaves it queued, as a request’s does', async () => {
    const { server, send } = setup();
    const q = await queuedQuestion();
    server.next(() => json(201, { reference: 'MDJCLZX-2026-000001', receivedAt: '2026-03-02T08:00:00.000Z', dueDate: '2026-03-09' }));
    expect(await send()).toMatchObject({ sent: 0, retrying: 1 });
    expect(await get(q.id)).toMatchObject({ status: 'queued', receipt: null, lastError: { kind: 'unexpected' } });
  });
});

describe('sendAll: one sender at a time', () => {
  async function slowServer() {
    const server = fakeServer();
    const fetch = async (url: string, init: RequestInit) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return server.fetch(url, init);
    };
    return { server, fetch };
  }

  it('with Web Locks: two senders at once, each record sent once; the second stands aside', async () => {
    const { server, fetch } = await slowServer();
    const ids = [(await queued()).id, (await queued()).id, (await queued()).id];
    const locks = memoryLocks();
    const [a, b] = await Promise.all([sendAll({ fetch, locks }), sendAll({ fetch, locks })]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    expect(server.calls.map((c) => c.key).sort()).toEqual([...ids].sort());
    expect(server.stored.size).toBe(3);
    expect((await list()).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);

    // A sender that waits for the lock instead runs after the holder, and finds nothing left.
    await queued();
    const release = locks.hold();
    const waiting = sendAll({ fetch, locks, wait: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.calls).toHaveLength(3);
    release();
    expect(await waiting).toMatchObject({ ran: true, sent: 1 });
  });

  it('without Web Locks: both run, but each record is claimed in a transaction and still sent once', async () => {
    const { server, fetch } = await slowServer();
    const ids = [(await queued()).id, (await queued()).id, (await queued()).id];
    const [a, b] = await Promise.all([sendAll({ fetch, locks: null }), sendAll({ fetch, locks: null })]);
    expect(a).toMatchObject({ ran: true, locked: false });
    expect(b).toMatchObject({ ran: true, locked: false });
    expect(a.attempted + b.attempted).toBe(3);
    expect(server.calls.map((c) => c.key).sort()).toEqual([...ids].sort());
    expect((await list()).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('without Web Locks: a record another sender is sending is left alone until its lease runs out', async () => {
    const { server, clock, send } = setup({ locks: null, timeoutMs: 60_000 });
    const r = await queued();
    await setRecord(r.id, { status: 'sending', attempts: 1, leaseUntil: clock.now() + 60_000 + LEASE_MARGIN_MS });
    expect(await send()).toMatchObject({ attempted: 0, nextAttemptAt: clock.now() + 90_000 });
    expect(server.calls).toHaveLength(0);
    clock.advance(90_000); // that sender is gone: the lease has run out
    expect(await send()).toMatchObject({ attempted: 1, sent: 1 });
    expect(server.calls[0]!.key).toBe(r.id);
    expect((await get(r.id))?.attempts).toBe(2);
  });

  it('under the Web Lock a record left sending is resent at once, lease or not (no one else can be sending it)', async () => {
    const { server, clock, send } = setup();
    const r = await queued();
    await setRecord(r.id, { status: 'sending', attempts: 1, leaseUntil: clock.now() + 90_000 });
    expect(await send()).toMatchObject({ attempted: 1, sent: 1 });
    expect(server.calls[0]!.key).toBe(r.id);
  });

  it('uses navigator.locks when the browser has it', async () => {
    const locks = memoryLocks();
    const request = vi.spyOn(locks, 'request');
    vi.stubGlobal('navigator', { locks });
    try {
      const { server } = setup();
      await queued();
      const report = await sendAll({ fetch: server.fetch });
      expect(report.locked).toBe(true);
      expect(request).toHaveBeenCalledWith('outbox', { ifAvailable: true }, expect.any(Function));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('sendAll: refusals keep the record, rejected', () => {
  it('400 → rejected with the server’s field errors; not sent again', async () => {
    const { server, send } = setup();
    const r = await queued();
    const errors = [
      { field: 'idNumber', message: '身份证号码的校验位不正确' },
      { field: 'email', message: '电子邮箱格式不正确' },
    ];
    server.next(answers.problem(400, '请求有误', [...errors, { bad: 1 } as never]));
    expect(await send()).toMatchObject({ attempted: 1, rejected: 1, nextAttemptAt: null });
    const stored = (await get(r.id))!;
    expect(stored).toMatchObject({
      status: 'rejected',
      fieldErrors: errors,
      lastError: { kind: 'invalid', status: 400, message: '请求有误' },
    });
    expect(stored.body.idNumber).toBe(sampleInput.idNumber); // kept: the person corrects it
    expect(await send()).toMatchObject({ attempted: 0 });
    expect(server.calls).toHaveLength(1);
    expect(await list()).toHaveLength(1);
  });

  it('422 → rejected with field errors too; a problem body that cannot be read gives no field errors', async () => {
    const { server, send } = setup();
    const a = await queued();
    server.next(answers.problem(422, 'Unprocessable', [{ field: 'description', message: 'too long' }]));
    await send();
    expect(await get(a.id)).toMatchObject({ status: 'rejected', fieldErrors: [{ field: 'description', message: 'too long' }] });
    const b = await queued();
    server.next(answers.status(400));
    await send();
    expect(await get(b.id)).toMatchObject({ status: 'rejected', fieldErrors: [], lastError: { kind: 'invalid', message: 'HTTP 400' } });
  });

  it('409 (the key already used with another body) → rejected, saying it should never happen', async () => {
    const { server, send } = setup();
    const r = await queued();
    server.stored.set(r.id, { text: '{"other":"body"}', receipt: { reference: 'X', receivedAt: 'x', dueDate: 'x', dueDateProvisional: false, statusToken: 'x' } });
    await send();
    expect(await get(r.id)).toMatchObject({ status: 'rejected', lastError: { kind: 'conflict', status: 409, message: CONFLICT_MESSAGE } });
    expect(CONFLICT_MESSAGE).toMatch(/should never happen/);
  });

  it('413 → rejected as too large', async () => {
    const { server, send } = setup();
    const r = await queued();
    server.next(answers.status(413));
    await send();
    expect(await get(r.id)).toMatchObject({ status: 'rejected', lastError: { kind: 'too-large', status: 413 } });
  });
});

describe('sendAll: failures stay queued, with backoff', () => {
  it('5xx: queued again, the wait growing 2 s, 4 s, 8 s … up to 5 min; never tried early', async () => {
    const { server, clock, send } = setup();
    const r = await queued();
    const waits: number[] = [];
    for (let i = 0; i < 11; i++) {
      server.next(answers.status(i % 2 ? 502 : 500));
      const report = await send();
      const stored = (await get(r.id))!;
      expect(stored).toMatchObject({ status: 'queued', attempts: i + 1, lastError: { kind: 'server' } });
      expect(report.nextAttemptAt).toBe(stored.nextAttemptAt);
      waits.push((stored.nextAttemptAt - clock.now()) / 1000);
      clock.set(stored.nextAttemptAt - 1);
      expect(await send()).toMatchObject({ attempted: 0, nextAttemptAt: stored.nextAttemptAt });
      expect(server.calls).toHaveLength(i + 1);
      clock.set(stored.nextAttemptAt);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]);
    expect(await send()).toMatchObject({ sent: 1 });
    expect(server.calls.every((c) => c.key === r.id)).toBe(true);
  });

  it('network error: queued again after 2 s, then 4 s', async () => {
    const { server, clock, send } = setup();
    const r = await queued();
    server.next(answers.networkError(), answers.networkError());
    await send();
    expect(await get(r.id)).toMatchObject({ status: 'queued', nextAttemptAt: clock.now() + 2000, lastError: { kind: 'network' } });
    clock.advance(2000);
    await send();
    expect(await get(r.id)).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: clock.now() + 4000 });
  });

  it('applies the jitter it is given', async () => {
    const { server, clock, send } = setup({ random: () => 0.5 });
    const r = await queued();
    server.next(answers.status(503));
    await send();
    expect((await get(r.id))!.nextAttemptAt - clock.now()).toBe(1500);
  });

  it('a request with no answer in time is queued again as a timeout', async () => {
    const clock = fakeClock();
    const r = await queued();
    const fetch = (_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    await sendAll({ fetch, now: clock.now, random: () => 0, locks: memoryLocks(), timeoutMs: 10 });
    expect(await get(r.id)).toMatchObject({ status: 'queued', lastError: { kind: 'timeout' } });
  });

  it('429 with Retry-After: 30 is not retried before 30 s', async () => {
    const { server, clock, send } = setup();
    const r = await queued();
    server.next(answers.status(429, { 'Retry-After': '30' }));
    const report = await send();
    expect(report).toMatchObject({ retrying: 1, nextAttemptAt: clock.now() + 30_000 });
    expect(await get(r.id)).toMatchObject({ status: 'queued', nextAttemptAt: clock.now() + 30_000, lastError: { kind: 'rate-limited', status: 429 } });
    clock.advance(29_999);
    expect(await send()).toMatchObject({ attempted: 0 });
    expect(server.calls).toHaveLength(1);
    clock.advance(1);
    expect(await send()).toMatchObject({ sent: 1 });
  });

  it('Retry-After as an HTTP date is honoured; a shorter one than the backoff is not', async () => {
    const { server, clock, send } = setup();
    clock.set(Date.parse('2026-03-02T08:00:00Z'));
    const r = await queued();
    server.next(
      answers.status(503, { 'Retry-After': 'Mon, 02 Mar 2026 08:02:00 GMT', Date: 'Mon, 02 Mar 2026 08:00:00 GMT' }),
    );
    await send();
    expect((await get(r.id))!.nextAttemptAt - clock.now()).toBe(120_000);
    clock.advance(120_000);
    server.next(answers.status(503, { 'Retry-After': '1' }));
    await send();
    expect((await get(r.id))!.nextAttemptAt - clock.now()).toBe(4_000); // second failure: 4 s > 1 s
  });

  it('a failure pauses the rest (the network or server is down); afterwards never-failed records go first', async () => {
    const { server, clock, send } = setup();
    const clockOpt = clock.now;
    const a = await queued(sampleInput, clockOpt);
    clock.advance(1);
    const b = await queued(sampleInput, clockOpt);
    clock.advance(1);
    const c = await queued(sampleInput, clockOpt);
    server.next(answers.status(503));
    const first = await send();
    expect(first).toMatchObject({ attempted: 1, retrying: 1, nextAttemptAt: clock.now() + 2000 });
    expect((await get(b.id))?.attempts).toBe(0);
    expect((await get(c.id))?.attempts).toBe(0);
    expect(await send()).toMatchObject({ attempted: 0, nextAttemptAt: clock.now() + 2000 }); // still paused
    clock.advance(2000);
    expect(await send()).toMatchObject({ sent: 3 });
    expect(server.calls.map((x) => x.key)).toEqual([a.id, b.id, c.id, a.id]);
  });

  it('when the network comes back, records that failed for lack of it are due at once; a server error’s backoff stands', async () => {
    const { server, clock, send } = setup();
    const offline = await queued();
    for (let i = 0; i < 6; i++) {
      server.next(answers.networkError());
      await send();
      clock.set((await get(offline.id))!.nextAttemptAt);
    }
    clock.advance(1000); // 64 s wait now, 1 s into it
    const serverDown = await queued();
    await setRecord(serverDown.id, { attempts: 3, nextAttemptAt: clock.now() + 8000, lastError: { kind: 'server', status: 503, message: '' } });
    await setRecord(offline.id, { nextAttemptAt: clock.now() + 63_000 });
    expect(await send()).toMatchObject({ attempted: 0 });
    expect(await send({ retryNetworkErrors: true })).toMatchObject({ attempted: 1, sent: 1 });
    expect((await get(offline.id))?.status).toBe('sent');
    expect((await get(serverDown.id))?.status).toBe('queued');
  });

  it('a 200 page that is not a receipt (a captive portal) or an unexpected 404 leaves it queued', async () => {
    const { server, clock, send } = setup();
    const r = await queued();
    server.next(() => Promise.resolve(new Response('<html>Log in to the Wi-Fi</html>', { status: 200 })));
    await send();
    expect(await get(r.id)).toMatchObject({ status: 'queued', lastError: { kind: 'unexpected', status: 200 } });
    clock.advance(2000);
    server.next(() => json(404, { title: 'Not Found' }));
    await send();
    expect(await get(r.id)).toMatchObject({ status: 'queued', lastError: { kind: 'unexpected', status: 404 } });
  });

  it('a clock set back by the person does not strand a record far in the future', async () => {
    const { clock, send } = setup();
    const r = await queued();
    await setRecord(r.id, { nextAttemptAt: clock.now() + 365 * 24 * 3600_000, attempts: 3 });
    expect(await send()).toMatchObject({ sent: 1 });
  });
});

describe('sendAll: nothing is lost', () => {
  it('no answer, good or bad, ever removes a record; only remove() does', async () => {
    const { server, clock, send } = setup();
    const ids = new Set<string>();
    for (let i = 0; i < 7; i++) ids.add((await queued()).id);
    // Every kind of answer, in turn, one per request made.
    const kinds = [
      () => answers.status(500),
      () => answers.problem(400, 'bad', [{ field: 'name', message: 'x' }]),
      () => answers.networkError(),
      () => answers.status(409),
      () => answers.status(429, { 'Retry-After': '5' }),
      () => answers.status(413),
      () => answers.lostAnswer(server.create),
      () => answers.hang(),
      () => server.create,
    ];
    for (let i = 0; i < 60; i++) server.next(kinds[i % kinds.length]!());
    let passes = 0;
    for (;;) {
      const report = await send({ timeoutMs: 5 });
      passes++;
      expect(new Set((await list()).map((r) => r.id))).toEqual(ids);
      if (report.nextAttemptAt === null) break;
      clock.set(report.nextAttemptAt);
    }
    expect(passes).toBeGreaterThan(5);
    const statuses = new Set((await list()).map((r) => r.status));
    expect(statuses).toEqual(new Set(['rejected', 'sent'])); // every one settled, kept either way
    const [first] = ids;
    await remove(first!);
    expect((await list()).map((r) => r.id)).not.toContain(first);
    expect(await list()).toHaveLength(6);
  });
});

describe('sendAll: status changes are broadcast', () => {
  it('posts queued, sending and sent on the channel every tab listens to', async () => {
    const { send } = setup();
    const other = new BroadcastChannel('outbox');
    const received: OutboxChange[] = [];
    other.onmessage = (event: MessageEvent) => received.push(event.data as OutboxChange);
    try {
      const r = await queued();
      await send();
      await vi.waitFor(() => expect(received).toHaveLength(3));
      expect(received.map((c) => [c.type, c.id, c.status])).toEqual([
        ['outbox-change', r.id, 'queued'],
        ['outbox-change', r.id, 'sending'],
        ['outbox-change', r.id, 'sent'],
      ]);
    } finally {
      other.close();
    }
  });
});
