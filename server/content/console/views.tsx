/**
 * The publishing console's pages (issue 14 points 1, 2, 6, 7), rendered on the server in the staff frame: the home
 * (figures and the items by state), the draft form, and an item's page (its review, versions, files, withdrawal).
 * No script: every action is a form post.
 */
import { ErrorSummary, type FieldError } from '../../../src/components/ErrorSummary/ErrorSummary.tsx';
import { ErrorMessage, Radios, TextArea, TextField } from '../../../src/components/Field/Field.tsx';
import { disclosureCategories } from '../../../src/content/categories.ts';
import type { ContentReview } from '../../../src/config/site.ts';
import { chinaDateTime } from '../../../src/dates/china.ts';
import { zhHansAnswerWords } from '../../../src/content/answers/zh-Hans.ts';
import { zhHans } from '../../../src/i18n/zh-Hans.ts';
import { documentKinds } from '../../../src/reports/figures.ts';
import { questionTopics } from '../../../src/questions/contract.ts';
import { staffContentHref, staffContentItemHref, staffContentNewHref } from '../../../src/addresses/addresses.ts';
import { FileField } from '../../files/FileField.tsx';
import { FILES_FIELD } from '../../files/uploads.ts';
import { StaffPage } from '../../staff/layout.tsx';
import type { ItemView } from '../actions.ts';
import type { FieldDifference } from '../differences.ts';
import { type Collection, collections } from '../fields.ts';
import type { PublishedCounts } from '../public.ts';
import type { ContentAuditEntry, Version } from '../store.ts';
import { contentText } from '../text.ts';
import { englishFields, fieldId, type FormField, formFields, type FormValues } from './form.ts';
import type { ListedItem, ListState, ShippedEntry } from './store.ts';
import { PreviewSection } from './preview.tsx';
import { consoleText as t } from './text.ts';

const localTime = (iso: string) => chinaDateTime(iso, 'zh-CN');
const label = (field: string) => {
  const [, english, name] = /^(english\.)?(.*)$/.exec(field)!;
  return `${english ? `${contentText.labels.english}的` : ''}${contentText.labels[name!] ?? name}`;
};
const messagesFor = (errors: readonly FieldError[], field: string) => errors.filter((error) => error.field === field).map((error) => error.message).join('；') || undefined;
const fieldLink = (field: string) => `#${fieldId(field)}`;

function Row({ label: name, children }: { label: string; children: preact.ComponentChildren }) {
  return <div><dt>{name}</dt><dd>{children}</dd></div>;
}

function Done({ done }: { done?: string }) {
  const text = done ? t.item.done[done] : undefined;
  return text ? <div class="panel" role="status"><p>{text}</p></div> : null;
}

// ---- The home ----

const groups: ListState[] = ['draft', 'in-review', 'published', 'withdrawn'];

function stateWords(item: ListedItem): string {
  if (item.next) return `${t.home.waitingFor(item.next.step.label)}：${t.home.whoMay(item.next.who)}`;
  if (item.state === 'withdrawn' && item.withdrawnAt) return t.home.withdrawnAt(localTime(item.withdrawnAt));
  if (item.publishedAt) return t.home.publishedAt(localTime(item.publishedAt));
  return t.item.states[item.state]!;
}

/**
 * `/staff/content/`: what was published this month and this year (the annual report's count), the drafts waiting,
 * the months of this year with nothing published, then every item by state, each linking to its page.
 */
export function ContentHomePage({ counts, month, items, shipped }: { counts: PublishedCounts; month: number; items: ListedItem[]; shipped: ShippedEntry[] }) {
  const drafts = items.filter((item) => item.state === 'draft').length;
  return (
    <StaffPage title={t.home.title} section="content">
      <p>{t.home.intro}</p>
      <h2>{t.home.figures}</h2>
      <dl class="summary-list">
        <Row label={t.home.thisMonth(month)}>{t.home.count(counts.byMonth[month - 1] ?? 0)}</Row>
        <Row label={t.home.thisYear(counts.year)}>{t.home.count(counts.total)}</Row>
        <Row label={t.home.drafts}>{t.home.count(drafts)}</Row>
        <Row label={t.home.emptyMonths(counts.year)}>{counts.emptyMonths.length > 0 ? t.home.months(counts.emptyMonths) : t.home.noEmptyMonths}</Row>
      </dl>
      <ul class="link-list">
        {collections.map((collection) => <li key={collection}><a href={staffContentNewHref(collection)}>{t.home.create[collection]}</a></li>)}
      </ul>
      {groups.map((group) => {
        const shown = items.filter((item) => item.state === group);
        const id = `group-${group}`;
        return (
          <section key={group} aria-labelledby={id}>
            <h2 id={id}>{t.home.groups[group]}（{t.home.count(shown.length)}）</h2>
            {shown.length === 0 ? (
              <p>{t.home.none}</p>
            ) : (
              <ul class="staff-list">
                {shown.map((item) => (
                  <li key={`${item.collection}/${item.slug}`}>
                    <a href={staffContentItemHref(item.collection, item.slug)}>{item.title ?? t.home.untitled(item.slug)}</a>
                    <p class="hint">{t.collections[item.collection]} · {stateWords(item)}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {shipped.length > 0 && (
        <section aria-labelledby="group-shipped">
          <h2 id="group-shipped">{t.home.shipped}（{t.home.count(shipped.length)}）</h2>
          <p>{t.home.shippedIntro}</p>
          {collections.map((collection) => {
            const entries = shipped.filter((entry) => entry.collection === collection);
            return entries.length === 0 ? null : (
              <details key={collection}>
                <summary>{t.home.shippedCount(t.collections[collection]!, entries.length)}</summary>
                <ul class="staff-list">
                  {entries.map((entry) => <li key={entry.slug}><a href={`${staffContentItemHref(collection, entry.slug)}edit/`}>{t.home.editShipped(entry.title)}</a></li>)}
                </ul>
              </details>
            );
          })}
        </section>
      )}
    </StaffPage>
  );
}

// ---- The draft form ----

function hintOf(field: FormField): string | undefined {
  switch (field.kind) {
    case 'list':
      return field.name === 'keywords' ? t.edit.keywordsHint : t.edit.listHint;
    case 'attachments':
      return t.edit.attachmentsHint;
    case 'integer':
      return t.edit.orderHint;
    case 'yearOrDate':
      return t.edit.dateHint;
    case 'date':
      return t.edit.isoDateHint;
    default:
      return undefined;
  }
}

/** One field of the form, as its kind asks: the id and name `field-<path>`, its hint, its own error. */
function DraftField({ field, path, values, errors }: { field: FormField; path: string; values: FormValues; errors: readonly FieldError[] }) {
  const id = fieldId(path);
  const common = { name: id, label: label(path), hint: hintOf(field), error: messagesFor(errors, path), value: values[id] ?? '', optional: field.optional };
  switch (field.kind) {
    case 'category':
      return <Radios {...common} legend={common.label} options={disclosureCategories.map((value) => ({ value, label: zhHans.disclosure.categories[value] }))} />;
    case 'topic':
      return <Radios {...common} legend={common.label} options={questionTopics.map((value) => ({ value, label: zhHansAnswerWords.topics[value] }))} />;
    case 'documentKind':
      return <Radios {...common} legend={common.label} options={['', ...documentKinds].map((value) => ({ value, label: t.documentKinds[value]! }))} />;
    case 'textarea':
    case 'list':
    case 'attachments':
      return <TextArea {...common} rows={field.kind === 'textarea' ? 3 : 5} />;
    case 'date':
    case 'integer':
    case 'yearOrDate':
      return <TextField {...common} inputMode="numeric" spellcheck={false} />;
    default:
      return <TextField {...common} />;
  }
}

/** The authoring checks' warnings, listed apart from the errors: they let staff publish. */
function Warnings({ warnings }: { warnings: readonly FieldError[] }) {
  if (warnings.length === 0) return null;
  return (
    <div class="panel" id="warnings">
      <h2>{t.item.warnings}</h2>
      <p>{t.item.warningsIntro}</p>
      <ul>{warnings.map((warning, i) => <li key={i}><a href={fieldLink(warning.field)}>{warning.message}</a></li>)}</ul>
    </div>
  );
}

/**
 * The form for a new item (`slug` asked) or an item's draft: every field of the collection's schema, the body, the
 * English version's own fields and body. `errors` (a save refused, or a publish the checks refused) are summarised at
 * the top, each linking to `#field-<name>`, and shown at each field; `warnings` listed apart.
 */
export function DraftFormPage({ collection, slug, values, errors, warnings = [], action, refusedPublish = false }: {
  collection: Collection;
  /** Undefined for a new item: the form asks for it. */
  slug?: string;
  values: FormValues;
  errors: FieldError[];
  warnings?: FieldError[];
  action: string;
  /** The errors are a publish's the checks refused: the summary's title says so. */
  refusedPublish?: boolean;
}) {
  const title = slug ? t.edit.editTitle(values[fieldId('title')] || slug) : t.edit.newTitle(collection);
  const trail = [{ href: staffContentHref, label: t.item.trail }, ...(slug ? [{ href: staffContentItemHref(collection, slug), label: values[fieldId('title')] || slug }] : [])];
  return (
    <StaffPage title={title} hasErrors={errors.length > 0} section="content" trail={trail}>
      {refusedPublish && errors.length > 0 && <p><strong>{t.item.refusedTitle}</strong>{t.item.refusedNext}</p>}
      <ErrorSummary errors={errors} href={fieldLink} />
      <Warnings warnings={warnings} />
      <p>{t.edit.intro}</p>
      <form method="post" action={action} id={fieldId('form')} novalidate>
        {!slug && <TextField name={fieldId('slug')} label={label('slug')} hint={t.edit.slugHint} value={values[fieldId('slug')] ?? ''} error={messagesFor(errors, 'slug')} spellcheck={false} />}
        {formFields[collection].map((field) => <DraftField key={field.name} field={field} path={field.name} values={values} errors={errors} />)}
        <TextArea name={fieldId('body')} label={collection === 'answers' ? t.edit.answerBody : label('body')} hint={collection === 'answers' ? t.edit.plainTextHint : t.edit.bodyHint} value={values[fieldId('body')] ?? ''} error={messagesFor(errors, 'body')} rows={20} />
        <fieldset class="fieldset" id={fieldId('english')} tabIndex={-1}>
          <legend class="label">{t.edit.englishTitle}</legend>
          <p class="hint">{t.edit.englishIntro}</p>
          {englishFields(collection).map((field) => (
            <DraftField key={field.name} field={{ ...field, optional: false }} path={`english.${field.name}`} values={values} errors={errors} />
          ))}
          <TextArea name={fieldId('english.body')} label={label('english.body')} value={values[fieldId('english.body')] ?? ''} error={messagesFor(errors, 'english.body')} rows={12} />
        </fieldset>
        <button type="submit" class="button">{t.edit.save}</button>
      </form>
      {slug && <p><a class="standalone-link" href={staffContentItemHref(collection, slug)}>{t.edit.back}</a></p>}
    </StaffPage>
  );
}

// ---- An item's page ----

function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return t.item.empty;
  if (Array.isArray(value)) return value.map((entry) => (entry && typeof entry === 'object' ? `${(entry as { title?: string }).title ?? ''} | ${(entry as { href?: string }).href ?? ''}` : String(entry))).join('\n');
  return String(value);
}

/** What changed in a version, field by field: before and after, or the body's lines added and removed. */
export function Differences({ changes }: { changes: readonly FieldDifference[] }) {
  if (changes.length === 0) return <p>{t.item.noChanges}</p>;
  return (
    <dl class="summary-list">
      {changes.map((change) => (
        <Row key={change.field} label={change.field === 'files' ? contentText.labels.attachments! : label(change.field)}>
          {'lines' in change ? (
            <ul class="staff-diff">
              {change.lines.map((line, i) =>
                'added' in line ? <li key={i}><ins>{t.item.added}{line.added}</ins></li> : 'removed' in line ? <li key={i}><del>{t.item.removed}{line.removed}</del></li> : <li key={i}>{t.item.linesUnchanged(line.unchanged)}</li>,
              )}
            </ul>
          ) : (
            <p class="staff-text">{t.item.before}：{shownValue(change.before)}{'\n'}{t.item.after}：{shownValue(change.after)}</p>
          )}
        </Row>
      ))}
    </dl>
  );
}

/** The draft as reviewers read it: each filled field, then the body as written (Markdown). */
function DraftText({ collection, fields, body, prefix }: { collection: Collection; fields: Record<string, unknown>; body: string; prefix: '' | 'english.' }) {
  const shown = (prefix ? englishFields(collection) : formFields[collection]).filter((field) => fields[field.name] !== undefined && fields[field.name] !== '');
  return (
    <dl class="summary-list">
      {shown.map((field) => (
        <Row key={field.name} label={label(`${prefix}${field.name}`)}>
          <span class="staff-text">{field.kind === 'category' ? zhHans.disclosure.categories[fields[field.name] as keyof typeof zhHans.disclosure.categories] ?? String(fields[field.name]) : field.kind === 'documentKind' ? t.documentKinds[String(fields[field.name])] : field.kind === 'topic' ? zhHansAnswerWords.topics[fields[field.name] as keyof typeof zhHansAnswerWords.topics] ?? String(fields[field.name]) : shownValue(fields[field.name])}</span>
        </Row>
      ))}
      <Row label={label(`${prefix}body`)}><div class="staff-text">{body || t.item.empty}</div></Row>
    </dl>
  );
}

export interface StepOffer {
  /** The caller may take the waiting step now. */
  mine: boolean;
  /** The step the caller already took this round, when that keeps them from this one. */
  already?: string;
  /** Who else may take it. */
  who: string[];
}

export interface ItemPageProps {
  view: ItemView;
  review: ContentReview;
  writerName: string;
  administrator: boolean;
  offer: StepOffer | null;
  versions: Version[];
  audit: ContentAuditEntry[];
  done?: string;
  /** A form below refused (a step, an upload, a withdrawal): its errors, linking to its fields. */
  errors?: FieldError[];
  /** What a form typed, kept when it comes back with errors. */
  values?: FormValues;
  /** A refusal that is no field's (409, 403). */
  refused?: string;
  /** The checks' warnings after a publish. */
  warnings?: FieldError[];
}

/**
 * `/staff/content/<collection>/<slug>/`: the item's state, its draft, the steps taken this round (who, when, the
 * decision, the comment, the confidentiality check), the caller's step form or who may take it, the administrator's
 * publish without review (clearly marked), its files, its versions with what changed and a restore button each, the
 * withdrawal (administrator) and the audit trail.
 */
export function ItemPage({ view, review, writerName, administrator, offer, versions, audit, done, errors = [], values = {}, refused, warnings = [] }: ItemPageProps) {
  const { collection, slug } = view;
  const base = staffContentItemHref(collection, slug);
  const title = typeof view.draft.fields.title === 'string' && view.draft.fields.title !== '' ? view.draft.fields.title : t.home.untitled(slug);
  const state = view.withdrawn && view.status === 'published' ? 'withdrawn' : view.status;
  const next = view.nextStep;
  const last = next && review.steps.at(-1)?.step === next.step;
  const confidentiality = next && review.confidentialityCheckAt === next.step;
  const stepOf = (step: string) => review.steps.find((candidate) => candidate.step === step)?.label ?? step;
  return (
    <StaffPage title={title} hasErrors={errors.length > 0 || refused !== undefined} section="content" trail={[{ href: staffContentHref, label: t.item.trail }]}>
      <ErrorSummary errors={[...(refused ? [{ field: 'refused', message: refused }] : []), ...errors]} href={(field) => (field === 'refused' ? '#next-step' : `#${field}`)} />
      <Done done={done} />
      {warnings.length > 0 && (
        <div class="panel">
          <p>{t.item.warningsAfterPublish}</p>
          <ul>{warnings.map((warning, i) => <li key={i}>{warning.message}</li>)}</ul>
        </div>
      )}
      <dl class="summary-list">
        <Row label={t.item.state}><strong>{t.item.states[state]}</strong>{view.withdrawn && <>：{t.item.withdrawn(localTime(view.withdrawn.at), view.withdrawn.reason)}</>}</Row>
        <Row label={t.item.collection}>{t.collections[collection]}</Row>
        <Row label={t.item.address}>{slug}</Row>
        <Row label={t.item.saved}>{writerName}，{localTime(view.savedAt)}</Row>
        <Row label={t.item.live}>{view.liveVersion ? t.item.liveVersion(view.liveVersion) : t.item.notLive}</Row>
        {view.restoredFrom !== null && <Row label={t.item.draft}>{t.item.restoredFrom(view.restoredFrom)}</Row>}
      </dl>
      <p><a class="button button--secondary" href={`${base}edit/`}>{t.item.edit}</a></p>
      <p><a class="standalone-link" href="#preview">{t.preview.jump}</a></p>

      <h2>{t.item.draft}</h2>
      <DraftText collection={collection} fields={view.draft.fields} body={view.draft.body} prefix="" />
      {view.draft.english && (
        <>
          <h3>{contentText.labels.english}</h3>
          <DraftText collection={collection} fields={view.draft.english.fields} body={view.draft.english.body} prefix="english." />
        </>
      )}

      <h2 id="steps-title">{t.item.steps}</h2>
      {view.steps.length === 0 ? (
        <p>{t.item.noSteps}</p>
      ) : (
        <section class="table-region" aria-labelledby="steps-title" tabIndex={0}>
          <table class="table">
            <caption>{t.item.stepsCaption}</caption>
            <thead>
              <tr>
                {Object.values(t.item.stepColumns).map((column) => <th scope="col" key={column}>{column}</th>)}
              </tr>
            </thead>
            <tbody>
              {view.steps.map((step, i) => (
                <tr key={i}>
                  <th scope="row">{stepOf(step.step)}</th>
                  <td>{step.staffName}</td>
                  <td>{localTime(step.at)}</td>
                  <td>{t.item.decisions[step.decision]}</td>
                  <td class="staff-text">{step.comment ?? ''}</td>
                  <td>{step.confidentialityChecked ? t.item.confidentialityDone : t.item.confidentialityNone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <h2 id="next-step">{t.item.next}</h2>
      {!next || !offer ? (
        <p>{t.item.nothingWaiting}</p>
      ) : offer.mine ? (
        <form method="post" action={`${base}publish/`} novalidate>
          <p>{t.item.yourStep(next.label)}</p>
          {review.steps[0]?.step === next.step ? (
            <input type="hidden" name="decision" value="sign-off" />
          ) : (
            <Radios
              name="decision"
              legend={t.item.decision}
              value={values.decision ?? 'sign-off'}
              error={messagesFor(errors, 'decision')}
              options={[{ value: 'sign-off', label: last ? t.item.signOffLast : t.item.signOff }, { value: 'send-back', label: t.item.sendBack }]}
            />
          )}
          <TextArea name="comment" label={t.item.comment} hint={t.item.commentHint} value={values.comment ?? ''} error={messagesFor(errors, 'comment')} rows={3} />
          {confidentiality && (
            <div class={`form-group${messagesFor(errors, 'confidentialityChecked') ? ' form-group--error' : ''}`}>
              <fieldset class="fieldset" aria-describedby={messagesFor(errors, 'confidentialityChecked') ? 'confidentialityChecked-error' : undefined}>
                <legend class="label">{t.item.confidentiality}</legend>
                <ErrorMessage id="confidentialityChecked" error={messagesFor(errors, 'confidentialityChecked')} />
                <div class="checkboxes">
                  <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id="confidentialityChecked" name="confidentialityChecked" value="yes" checked={values.confidentialityChecked === 'yes'} />
                    <label class="checkboxes__label" for="confidentialityChecked">{t.item.confidentialityLabel}</label>
                  </div>
                </div>
              </fieldset>
            </div>
          )}
          <button type="submit" class="button">{t.item.submitStep}</button>
        </form>
      ) : (
        <p>{offer.already ? t.item.alreadyTook(stepOf(offer.already)) : t.item.notYours(next.label, offer.who)}</p>
      )}

      {/* Also for a withdrawn item: publishing it again brings it back. */}
      {administrator && (next || view.withdrawn) && (
        <div class="panel staff-panel--warning">
          <h2>{t.item.direct}</h2>
          <p><strong>{t.item.directWarning}</strong></p>
          <form method="post" action={`${base}publish/`}>
            <input type="hidden" name="direct" value="yes" />
            <button type="submit" class="button button--warning">{t.item.directButton}</button>
          </form>
        </div>
      )}

      <h2>{t.item.files}</h2>
      {view.draft.files.length === 0 ? (
        <p>{t.item.noFiles}</p>
      ) : (
        <ul class="staff-list">
          {view.draft.files.map((file) => (
            <li key={file.id}>
              {file.name}（{Math.max(1, Math.round(file.size / 1024))} KB）
              <form method="post" action={`${base}files/${file.id}/remove/`}>
                <button type="submit" class="button button--secondary">{t.item.remove(file.name)}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`${base}files/`} enctype="multipart/form-data" novalidate>
        <FileField label={t.item.fileLabel} hint={t.item.fileHint} error={messagesFor(errors, FILES_FIELD)} />
        <button type="submit" class="button button--secondary">{t.item.upload}</button>
      </form>

      <h2>{t.item.versions}</h2>
      {versions.length === 0 ? (
        <p>{t.item.noVersions}</p>
      ) : (
        versions.map((version) => (
          <section key={version.number} aria-labelledby={`version-${version.number}`}>
            <h3 id={`version-${version.number}`}>{t.item.version(version.number)}</h3>
            <p>
              {t.item.versionBy(version.publishedBy, localTime(version.publishedAt))}
              {version.skippedReview && !version.imported && <>；<strong>{t.item.skippedReview}</strong></>}
              {version.imported && <>；{t.item.imported}</>}
              {version.restoredFrom !== null && <>；{t.item.versionRestored(version.restoredFrom)}</>}
            </p>
            {version.changes ? <Differences changes={version.changes} /> : <p>{t.item.firstVersion}</p>}
            <form method="post" action={`${base}versions/${version.number}/restore/`}>
              <button type="submit" class="button button--secondary">{t.item.restore(version.number)}</button>
            </form>
          </section>
        ))
      )}

      {administrator && view.liveVersion !== null && !view.withdrawn && (
        <>
          <h2>{t.item.withdraw}</h2>
          <p>{t.item.withdrawIntro}</p>
          <form method="post" action={`${base}withdraw/`} novalidate>
            <TextArea name="reason" label={t.item.reason} value={values.reason ?? ''} error={messagesFor(errors, 'reason')} rows={3} />
            <button type="submit" class="button button--warning">{t.item.withdrawButton}</button>
          </form>
        </>
      )}

      <h2 id="audit-title">{t.item.audit}</h2>
      <ul class="staff-audit">
        {audit.map((entry, i) => (
          <li key={i}>{localTime(entry.at)} · {entry.staffName} · {t.item.actions[entry.action] ?? entry.action}{entry.action === 'content-publish' && (entry.after as { skipped_review?: boolean } | null)?.skipped_review ? `（${t.item.skippedReview}）` : ''}</li>
        ))}
      </ul>

      {/* Last: each frame holds a whole page, whose links a keyboard would otherwise tab through before the actions. */}
      <PreviewSection collection={collection} slug={slug} />
    </StaffPage>
  );
}

/** A page that only says something: an unknown item, a post that could not be read. */
export function ContentMessagePage({ title, text }: { title: string; text: string }) {
  return (
    <StaffPage title={title} section="content" trail={[{ href: staffContentHref, label: t.item.trail }]}>
      <p>{text}</p>
      <p><a class="standalone-link" href={staffContentHref}>{t.home.title}</a></p>
    </StaffPage>
  );
}
