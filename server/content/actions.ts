/**
 * What staff do to a catalogue item or guide (issue 14 points 1–3): save a draft, attach files, take a review step
 * (sign off or send back), publish directly (administrator), restore an earlier version, withdraw. Each action is
 * one transaction with its audit entry (audit_log.content_item_id): the item's row is locked, checked, changed.
 * Nothing goes public half-done: a publish refused by the required fields or by the authoring checks stores nothing.
 */
import { type ContentReview, contentReview } from '../../src/config/site.ts';
import type { FieldError } from '../../src/requests/contract.ts';
import type { Database, Queryable } from '../db/database.ts';
import { checkUploads, type Upload } from '../files/uploads.ts';
import type { Staff } from '../staff/accounts.ts';
import { ADMINISTRATOR, rolesOf } from '../staff/roles.ts';
import { differences } from './differences.ts';
import { type Collection, type ContentText, type Fields, publishable, readDraft } from './fields.ts';
import { givenDetails, personalDataErrors } from './personal-data-check.ts';
import { isLastStep, nextStep, type ReviewStep, stepRefusal } from './review.ts';
import { readShipped } from './shipped.ts';
import {
  attachContentFiles,
  type ContentFile,
  draftFiles,
  findItem,
  findVersion,
  insertItem,
  insertStep,
  insertVersion,
  type Item,
  removeDraftFile,
  type StepTaken,
  stepsOfRound,
  updateItem,
  writeContentAudit,
} from './store.ts';
import { contentText as t } from './text.ts';
import type { CheckInput, CheckResult, Problem } from './checks/problem.ts';

export type { Problem };

/** The authoring checks (issue 14 point 6), given at publish: errors refuse the publish, warnings let it through. */
export type CheckContent = (input: CheckInput) => Promise<CheckResult>;

export interface ContentContext {
  db: Database;
  staff: Staff;
  now: Date;
  /** The review steps; default contentReview. */
  review?: ContentReview;
  /** The authoring checks; without them only the required fields are checked. */
  check?: CheckContent;
  /** Where the shipped Markdown files are; default src/content (tests give their own). */
  shippedDir?: string;
}

/** An item as staff see it: its draft, where its review stands, what is public. */
export interface ItemView {
  collection: Collection;
  slug: string;
  status: Item['status'];
  draft: ContentText & { files: ContentFile[] };
  writerId: number;
  savedAt: string;
  reviewRound: number;
  /** The step the item waits for; null when the draft is what is published. */
  nextStep: ReviewStep | null;
  /** The steps taken in this round. */
  steps: StepTaken[];
  restoredFrom: number | null;
  liveVersion: number | null;
  withdrawn: { at: string; reason: string } | null;
}

export type ContentResult<T = ItemView> =
  | { kind: 'done'; value: T; created?: boolean }
  | { kind: 'invalid'; errors: (FieldError | Problem)[]; warnings?: Problem[] }
  | { kind: 'refused'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'not-found' };

/** After a publish: the item, the version made, and the checks' warnings (shown, not refusing). */
export type Published = ItemView & { published?: { version: number; skippedReview: boolean }; warnings?: Problem[] };

const reviewOf = (context: ContentContext) => context.review ?? contentReview;

/** JSON with keys sorted: jsonb keeps keys in an order of its own, so equal drafts must compare equal whatever it is. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
}
const sameText = (a: ContentText, b: ContentText) => canonical([a.fields, a.body, a.english]) === canonical([b.fields, b.body, b.english]);
const textOf = (item: Item | ContentText): ContentText => ({ fields: item.fields, body: item.body, english: item.english });

async function view(tx: Queryable, item: Item, review: ContentReview): Promise<ItemView> {
  const steps = await stepsOfRound(tx, item.id, item.reviewRound);
  const files = (await draftFiles(tx, item.id)).map(({ id, name, type, size }) => ({ id, name, type, size }));
  return {
    collection: item.collection,
    slug: item.slug,
    status: item.status,
    draft: { ...textOf(item), files },
    writerId: item.writerId,
    savedAt: item.savedAt,
    reviewRound: item.reviewRound,
    nextStep: item.status === 'published' ? null : (nextStep(review, steps) ?? null),
    steps,
    restoredFrom: item.restoredFrom,
    liveVersion: item.liveVersion,
    withdrawn: item.withdrawnAt ? { at: item.withdrawnAt, reason: item.withdrawnReason! } : null,
  };
}

/**
 * Runs `act` on the locked item in one transaction; not-found when there is none. With `shipped`, an item shipped as
 * a file and not yet edited is imported first (as version 1), so that it can be withdrawn like any other.
 */
function onItem<T>(
  context: ContentContext,
  collection: Collection,
  slug: string,
  act: (tx: Queryable, item: Item) => Promise<ContentResult<T>>,
  shipped = false,
): Promise<ContentResult<T>> {
  return context.db.transaction(async (tx) => {
    const item = (await findItem(tx, collection, slug, true)) ?? (shipped ? await importShipped(tx, context, collection, slug) : undefined);
    return item ? act(tx, item) : { kind: 'not-found' };
  });
}

const reload = async (tx: Queryable, item: Item) => (await findItem(tx, item.collection, item.slug))!;

/** Writers (the first step's role) and administrators change drafts. */
async function mayWrite(tx: Queryable, context: ContentContext): Promise<boolean> {
  const roles = await rolesOf(tx, context.staff.id, reviewOf(context));
  return roles.has(ADMINISTRATOR) || roles.has(reviewOf(context).steps[0]!.role);
}

/**
 * The shipped file of `collection`/`slug` made the item's first version, as published (imported, review skipped:
 * the build published it), in the caller's transaction; the new item, or undefined when no such file is shipped.
 */
async function importShipped(tx: Queryable, context: ContentContext, collection: Collection, slug: string): Promise<Item | undefined> {
  const shipped = readShipped(collection, slug, context.shippedDir);
  if (!shipped) return undefined;
  const id = await insertItem(tx, { collection, slug, status: 'published', text: shipped, writerId: context.staff.id, at: context.now });
  if (id === undefined) return findItem(tx, collection, slug, true);
  await insertVersion(tx, { itemId: id, number: 1, text: shipped, fileIds: [], changes: null, staffId: context.staff.id, at: context.now, skippedReview: true, imported: true, restoredFrom: null, round: 1 });
  await updateItem(tx, id, { live_version: 1, review_round: 2 });
  await writeContentAudit(tx, { staffId: context.staff.id, at: context.now, action: 'content-import', itemId: id, before: null, after: { version: 1, file: `src/content/${collection}/${slug}.md` } });
  return findItem(tx, collection, slug, true);
}

/**
 * Saves the draft of the API's body `{collection, slug, …fields, body, english?}` (server/content/fields.ts reads it):
 * creates the item (201), or replaces its draft, which starts a new review round (the steps signed off were for the
 * old text). The same draft sent again changes nothing and writes no audit entry. An item shipped as a file and not
 * yet edited is first imported as version 1. Needs the writer's role or administrator's (403).
 */
export async function saveDraft(context: ContentContext, input: Fields): Promise<ContentResult> {
  const read = readDraft(input);
  if ('errors' in read) return { kind: 'invalid', errors: read.errors };
  return context.db.transaction((tx) => storeDraft(tx, context, read));
}

/**
 * `saveDraft`'s work on a draft already read, in the caller's transaction (./answers.ts drafts an answer from a
 * question in the same transaction as it links the two). `created` when the item is new.
 */
export async function storeDraft(tx: Queryable, context: ContentContext, read: { collection: Collection; slug: string; draft: ContentText }): Promise<ContentResult> {
  const { collection, slug, draft } = read;
  const review = reviewOf(context);
  if (!(await mayWrite(tx, context))) return { kind: 'forbidden', message: t.forbidden.write };
  let item = (await findItem(tx, collection, slug, true)) ?? (await importShipped(tx, context, collection, slug));
  if (!item) {
    const id = await insertItem(tx, { collection, slug, status: 'draft', text: draft, writerId: context.staff.id, at: context.now });
    if (id !== undefined) {
      await writeContentAudit(tx, { staffId: context.staff.id, at: context.now, action: 'content-draft', itemId: id, before: null, after: draft });
      return { kind: 'done', value: await view(tx, (await findItem(tx, collection, slug))!, review), created: true };
    }
    item = (await findItem(tx, collection, slug, true))!;
  }
  if (sameText(textOf(item), draft)) return { kind: 'done', value: await view(tx, item, review) };
  await updateItem(tx, item.id, {
    fields: draft.fields,
    body: draft.body,
    english: draft.english,
    writer_id: context.staff.id,
    saved_at: context.now,
    status: 'draft',
    review_round: item.reviewRound + 1,
    restored_from: null,
  });
  await writeContentAudit(tx, { staffId: context.staff.id, at: context.now, action: 'content-draft', itemId: item.id, before: null, after: { changes: differences(textOf(item), draft) } });
  return { kind: 'done', value: await view(tx, await reload(tx, item), review) };
}

/** Attaches checked files (server/files/uploads.ts, kinds from the bytes) to the draft: a change, so a new round. */
export function attachToDraft(context: ContentContext, collection: Collection, slug: string, uploads: readonly Upload[]): Promise<ContentResult> {
  return onItem<ItemView>(context, collection, slug, async (tx, item) => {
    if (!(await mayWrite(tx, context))) return { kind: 'forbidden', message: t.forbidden.write };
    const checked = checkUploads(uploads);
    if ('errors' in checked) return { kind: 'invalid', errors: checked.errors };
    await attachContentFiles(tx, item.id, checked.files, context.staff.id, context.now);
    await updateItem(tx, item.id, { status: 'draft', review_round: item.reviewRound + 1, writer_id: context.staff.id, saved_at: context.now });
    await writeContentAudit(tx, { staffId: context.staff.id, at: context.now, action: 'content-attach', itemId: item.id, before: null, after: { files: checked.files.map((file) => file.name) } });
    return { kind: 'done', value: await view(tx, await reload(tx, item), reviewOf(context)) };
  });
}

/** Takes file `fileId` off the draft (a version that carried it keeps it): a change, so a new round. */
export function removeFromDraft(context: ContentContext, collection: Collection, slug: string, fileId: number): Promise<ContentResult> {
  return onItem<ItemView>(context, collection, slug, async (tx, item) => {
    if (!(await mayWrite(tx, context))) return { kind: 'forbidden', message: t.forbidden.write };
    const removed = await removeDraftFile(tx, item.id, fileId, context.now);
    if (!removed) return { kind: 'not-found' };
    await updateItem(tx, item.id, { status: 'draft', review_round: item.reviewRound + 1, writer_id: context.staff.id, saved_at: context.now });
    await writeContentAudit(tx, { staffId: context.staff.id, at: context.now, action: 'content-remove-file', itemId: item.id, before: { files: [removed.name] }, after: null });
    return { kind: 'done', value: await view(tx, await reload(tx, item), reviewOf(context)) };
  });
}

/**
 * Publishes the item's draft as its next version, in the caller's transaction, after the required fields and the
 * authoring checks: their errors (422) store nothing. The version keeps what changed from the live one, who, when,
 * whether review was skipped; the item becomes public again if it was withdrawn. The audit entry is the caller's.
 */
async function publishDraft(
  tx: Queryable,
  context: ContentContext,
  item: Item,
  skippedReview: boolean,
): Promise<{ errors: (FieldError | Problem)[]; warnings?: Problem[] } | { version: number; warnings: Problem[]; audit: Record<string, unknown> }> {
  const ready = publishable(item.collection, textOf(item));
  if ('errors' in ready) return { errors: ready.errors };
  // A published answer must hold none of the person's data (issue 17 point 3), whoever publishes it.
  if (item.collection === 'answers') {
    const personal = personalDataErrors(ready.text, await givenDetails(tx, item.id));
    if (personal.length > 0) return { errors: personal };
  }
  const files = await draftFiles(tx, item.id);
  const checked = context.check
    ? await context.check({
        collection: item.collection,
        fields: ready.text.fields,
        body: ready.text.body,
        ...(ready.text.english && { english: ready.text.english }),
        attachments: files.map(({ name, type, content }) => ({ name, type, bytes: content })),
      })
    : { errors: [], warnings: [] };
  if (checked.errors.length > 0) return { errors: checked.errors, warnings: checked.warnings };
  const live = item.liveVersion ? await findVersion(tx, item.id, item.liveVersion) : undefined;
  const [{ last }] = (await tx.query<{ last: number }>('SELECT coalesce(max(number), 0) AS last FROM content_versions WHERE item_id = $1', [item.id])) as [{ last: number }];
  const number = last + 1;
  const fileIds = files.map((file) => file.id);
  const changes = live ? differences(live, ready.text) : null;
  if (changes && canonical(live!.fileIds) !== canonical(fileIds)) changes.push({ field: 'files', before: live!.fileIds, after: fileIds });
  await insertVersion(tx, { itemId: item.id, number, text: ready.text, fileIds, changes, staffId: context.staff.id, at: context.now, skippedReview, imported: false, restoredFrom: item.restoredFrom, round: item.reviewRound });
  await updateItem(tx, item.id, {
    ...ready.text,
    status: 'published',
    live_version: number,
    withdrawn_at: null,
    withdrawn_reason: null,
    review_round: item.reviewRound + 1,
    restored_from: null,
  });
  return { version: number, warnings: checked.warnings, audit: { version: number, skipped_review: skippedReview, restored_from: item.restoredFrom, changes } };
}

export interface StepInput {
  decision?: 'sign-off' | 'send-back';
  comment?: string;
  confidentialityChecked?: boolean;
}

const MAX_COMMENT = 2000;

/** Reads the publish body `{decision?, comment?, confidentialityChecked?}`: the step's input, or per-field errors. */
export function readStepInput(input: Fields): StepInput | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const field of Object.keys(input)) if (!['decision', 'comment', 'confidentialityChecked'].includes(field)) errors.push({ field, message: t.errors.unknownField });
  const { decision, comment, confidentialityChecked } = input;
  if (decision !== undefined && decision !== 'sign-off' && decision !== 'send-back') errors.push({ field: 'decision', message: t.errors.decision });
  if (comment !== undefined && (typeof comment !== 'string' || [...comment].length > MAX_COMMENT)) errors.push({ field: 'comment', message: t.errors.tooLong(t.labels.comment!, MAX_COMMENT) });
  if (confidentialityChecked !== undefined && typeof confidentialityChecked !== 'boolean') errors.push({ field: 'confidentialityChecked', message: t.errors.confidentialityChecked });
  if (errors.length > 0) return { errors };
  return {
    ...(decision !== undefined && { decision: decision as StepInput['decision'] }),
    ...(typeof comment === 'string' && comment.trim() !== '' && { comment: comment.trim() }),
    ...(confidentialityChecked === true && { confidentialityChecked: true }),
  };
}

/**
 * `POST …/<collection>/<slug>/publish`. An administrator sending no `decision` publishes directly (an urgent notice,
 * an import): the version and the audit entry say the review was skipped. Anyone else (or an administrator sending a
 * decision) takes the step the item waits for: it needs the step's role (403), a person not yet in this round (409),
 * a comment to send back (422), and at the configured step the confidentiality check (保密审查, 422). Sent back, the
 * item returns to its writer as a draft, in a new round; the last step's sign-off publishes.
 */
export async function publish(context: ContentContext, collection: Collection, slug: string, input: Fields): Promise<ContentResult<Published>> {
  const step = readStepInput(input);
  if ('errors' in step) return { kind: 'invalid', errors: step.errors };
  const review = reviewOf(context);
  return onItem<Published>(context, collection, slug, async (tx, item) => {
    const roles = await rolesOf(tx, context.staff.id, review);
    const audit = (action: string, after: unknown) => writeContentAudit(tx, { staffId: context.staff.id, at: context.now, action, itemId: item.id, before: null, after });
    if (step.decision === undefined && roles.has(ADMINISTRATOR)) {
      if (item.status === 'published' && !item.withdrawnAt) return { kind: 'refused', message: t.refused.alreadyPublished };
      const published = await publishDraft(tx, context, item, true);
      if ('errors' in published) return { kind: 'invalid', ...published };
      await audit('content-publish', published.audit);
      return { kind: 'done', value: { ...(await view(tx, await reload(tx, item), review)), published: { version: published.version, skippedReview: true }, warnings: published.warnings } };
    }
    if (item.status === 'published') return { kind: 'refused', message: t.refused.noDraft };
    const taken = await stepsOfRound(tx, item.id, item.reviewRound);
    const next = nextStep(review, taken)!;
    const refusal = stepRefusal(next, context.staff.id, roles, taken);
    if (refusal === 'role') return { kind: 'forbidden', message: t.forbidden.step(next.label) };
    if (refusal) return { kind: 'refused', message: t.refused.sameStaffTwice(review.steps.find((s) => s.step === refusal.already)?.label ?? refusal.already) };
    const record = { itemId: item.id, round: item.reviewRound, step: next.step, staffId: context.staff.id, at: context.now, confidentialityChecked: step.confidentialityChecked ?? false };
    if (step.decision === 'send-back') {
      if (next.step === review.steps[0]!.step) return { kind: 'invalid', errors: [{ field: 'decision', message: t.errors.sendBackFirstStep }] };
      if (!step.comment) return { kind: 'invalid', errors: [{ field: 'comment', message: t.errors.comment }] };
      await insertStep(tx, { ...record, decision: 'send-back', comment: step.comment });
      await updateItem(tx, item.id, { status: 'draft', review_round: item.reviewRound + 1 });
      await audit('content-send-back', { step: next.step, round: item.reviewRound, comment: step.comment, returned_to: item.writerId });
      return { kind: 'done', value: await view(tx, await reload(tx, item), review) };
    }
    if (next.step === review.confidentialityCheckAt && !step.confidentialityChecked) {
      return { kind: 'invalid', errors: [{ field: 'confidentialityChecked', message: t.errors.confidentialityChecked }] };
    }
    const signOff = { step: next.step, round: item.reviewRound, confidentiality_checked: record.confidentialityChecked, comment: step.comment ?? null };
    if (!isLastStep(review, next)) {
      await insertStep(tx, { ...record, decision: 'sign-off', comment: step.comment ?? null });
      await updateItem(tx, item.id, { status: 'in-review' });
      await audit('content-sign-off', signOff);
      return { kind: 'done', value: await view(tx, await reload(tx, item), review) };
    }
    const published = await publishDraft(tx, context, item, false);
    if ('errors' in published) return { kind: 'invalid', ...published };
    await insertStep(tx, { ...record, decision: 'sign-off', comment: step.comment ?? null });
    await audit('content-sign-off', signOff);
    await audit('content-publish', published.audit);
    return { kind: 'done', value: { ...(await view(tx, await reload(tx, item), review)), published: { version: published.version, skippedReview: false }, warnings: published.warnings } };
  });
}

/**
 * Makes version `number` the draft again (its fields, body, English and files), to go through review or an
 * administrator's publish; the version then published says which one it restored. Writers and administrators.
 */
export function restoreVersion(context: ContentContext, collection: Collection, slug: string, number: number): Promise<ContentResult> {
  return onItem<ItemView>(context, collection, slug, async (tx, item) => {
    if (!(await mayWrite(tx, context))) return { kind: 'forbidden', message: t.forbidden.write };
    const version = await findVersion(tx, item.id, number);
    if (!version) return { kind: 'refused', message: t.refused.noVersion(number) };
    await updateItem(tx, item.id, {
      ...textOf(version),
      writer_id: context.staff.id,
      saved_at: context.now,
      status: 'draft',
      review_round: item.reviewRound + 1,
      restored_from: number,
    });
    await tx.query(
      `UPDATE content_files SET removed_at = CASE WHEN id = ANY($2::int[]) THEN NULL ELSE coalesce(removed_at, $3) END WHERE item_id = $1`,
      [item.id, version.fileIds, context.now.toISOString()],
    );
    await writeContentAudit(tx, { staffId: context.staff.id, at: context.now, action: 'content-restore', itemId: item.id, before: null, after: { restored_from: number, changes: differences(textOf(item), textOf(version)) } });
    return { kind: 'done', value: await view(tx, await reload(tx, item), reviewOf(context)) };
  });
}

const MAX_REASON = 2000;

/**
 * Withdraws the live item with a reason (`{reason}`): its page will answer 410 saying when (the time is kept). An
 * administrator's decision (403 otherwise); 409 when nothing is public. Publishing again brings it back.
 */
export function withdraw(context: ContentContext, collection: Collection, slug: string, input: Fields): Promise<ContentResult> {
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  const unknown = Object.keys(input).filter((field) => field !== 'reason');
  if (unknown.length > 0) return Promise.resolve({ kind: 'invalid', errors: unknown.map((field) => ({ field, message: t.errors.unknownField })) });
  if (reason === '') return Promise.resolve({ kind: 'invalid', errors: [{ field: 'reason', message: t.errors.reason }] });
  if ([...reason].length > MAX_REASON) return Promise.resolve({ kind: 'invalid', errors: [{ field: 'reason', message: t.errors.tooLong(t.labels.reason!, MAX_REASON) }] });
  return onItem<ItemView>(context, collection, slug, async (tx, item) => {
    if (!(await rolesOf(tx, context.staff.id, reviewOf(context))).has(ADMINISTRATOR)) return { kind: 'forbidden', message: t.forbidden.administrator };
    if (!item.liveVersion || item.withdrawnAt) return { kind: 'refused', message: t.refused.notLive };
    await updateItem(tx, item.id, { withdrawn_at: context.now, withdrawn_reason: reason });
    await writeContentAudit(tx, { staffId: context.staff.id, at: context.now, action: 'content-withdraw', itemId: item.id, before: { version: item.liveVersion }, after: { reason } });
    return { kind: 'done', value: await view(tx, await reload(tx, item), reviewOf(context)) };
  }, true);
}

/** The item as staff see it (the console's pages, later): its draft, files, the round's steps, what is public. */
export { view as itemView };
