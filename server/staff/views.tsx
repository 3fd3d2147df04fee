import { ErrorSummary, type FieldError } from '../../src/components/ErrorSummary/ErrorSummary.tsx';
import { Radios, TextArea, TextField } from '../../src/components/Field/Field.tsx';
import { appealKinds, appealResults, outcomeGroups } from '../../src/requests/rules/outcomes.ts';
import { addWorkingDays, chinaDate, type HolidayCalendar, officialCalendar, type SkippedHoliday } from '../requests/due-date.ts';
import { dueWords } from './due-words.ts';
import { FileField } from '../files/FileField.tsx';
import { StaffPage } from './layout.tsx';
import type { Appeal, AuditEntry, HistoryEntry, StaffRequest, StatusFilter } from '../requests/repository.ts';
import { statusFilters } from '../requests/repository.ts';
import { staffText as s } from './text.ts';
import { chinaDateTime } from '../../src/dates/china.ts';
import { staffActionHref, staffHref, staffLetterHref, staffRequestHref, staffSignInHref } from '../../src/addresses/addresses.ts';
import { Letter as LetterView } from '../../src/requests/letters/Letter.tsx';
import type { LetterFacts } from '../../src/config/site.ts';
import type { Letter } from '../../src/requests/contract.ts';
import { missingLetterFacts } from '../letters/issue.ts';
import { AuditTable } from './AuditTable.tsx';

export type FormValues = Record<string, string>;

const errorFor = (errors: FieldError[], field: string) => errors.find((error) => error.field === field)?.message;
const localTime = (iso: string) => chinaDateTime(iso, 'zh-CN');

/** The app's own fields (src/components/Field/), rendered on the server: no script, the value kept when the form comes back. */
interface FieldProps { name: string; label: string; hint?: string; values: FormValues; errors: FieldError[] }

function Input({ name, values, errors, type, autocomplete, ...field }: FieldProps & { type?: 'text' | 'password' | 'date'; autocomplete?: string }) {
  return <TextField {...field} name={name} type={type} value={values[name] ?? ''} error={errorFor(errors, name)} autocomplete={autocomplete} spellcheck={false} />;
}

function LongText({ name, values, errors, ...field }: FieldProps & { rows?: number }) {
  return <TextArea {...field} name={name} value={values[name] ?? ''} error={errorFor(errors, name)} />;
}

function RadioGroup({ name, values, errors, ...field }: Omit<FieldProps, 'label'> & { legend: string; options: readonly { value: string; label: string }[] }) {
  return <Radios {...field} name={name} value={values[name] ?? ''} error={errorFor(errors, name)} />;
}

export function SignInPage({ values, errors, notice, next }: { values: FormValues; errors: FieldError[]; notice?: string; next: string }) {
  return (
    <StaffPage title={s.signIn.title} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} />
      {notice && <p class="notice">{notice}</p>}
      <p>{s.signIn.intro}</p>
      <form method="post" action={`${staffSignInHref}${next === staffHref ? '' : `?next=${encodeURIComponent(next)}`}`} novalidate>
        <Input name="name" label={s.signIn.name} values={values} errors={errors} autocomplete="username" />
        <Input name="password" type="password" label={s.signIn.password} values={values} errors={errors} autocomplete="current-password" />
        <button type="submit" class="button">{s.signIn.submit}</button>
      </form>
    </StaffPage>
  );
}

export function ListPage({ requests, filter, now }: { requests: StaffRequest[]; filter: StatusFilter; now: Date }) {
  return (
    <StaffPage title={s.list.title} section="requests">
      <p>{s.list.intro}</p>
      <form method="get" action={staffHref} class="staff-filter">
        <div class="form-group">
          <label class="label" for="status">{s.list.filter}</label>
          <div class="staff-filter__row">
            <select class="select" id="status" name="status">
              {statusFilters.map((value) => <option key={value} value={value} selected={value === filter}>{s.list.filters[value]}</option>)}
            </select>
            <button type="submit" class="button button--secondary">{s.list.apply}</button>
          </div>
        </div>
      </form>
      <h2>{s.list.filters[filter]}（{s.list.count(requests.length)}）</h2>
      {requests.length === 0 ? (
        <p>{s.list.empty}</p>
      ) : (
        <ul class="item-list staff-list">
          {requests.map((request) => {
            const due = dueWords(request, now);
            return (
              <li key={request.reference} class={`staff-list__item staff-list__item--${due.urgency}`}>
                <a href={staffRequestHref(request.reference)}>
                  <span class="staff-list__reference">{request.reference}</span>{' '}
                  <span class="staff-list__name">{request.name}</span>
                </a>
                <span class="staff-list__due">{due.words}</span>
                <span class="item-list__meta">{s.states[request.status]} · {s.fields.receivedAt} {chinaDate(new Date(request.receivedAt))}</span>
                <span class="item-list__meta staff-list__summary">{[...request.description].slice(0, 60).join('')}{[...request.description].length > 60 ? '…' : ''}</span>
              </li>
            );
          })}
        </ul>
      )}
    </StaffPage>
  );
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return <div><dt>{label}</dt><dd>{children}</dd></div>;
}

/** A record's own entry for `key`, else undefined: a stored word such as `constructor` never finds Object.prototype's member. */
const own = (record: Record<string, string> | undefined, key: string): string | undefined => (record && Object.hasOwn(record, key) ? record[key] : undefined);
const value = (field: string, code: string | null) => (code === null ? '' : own(Object.hasOwn(s.values, field) ? s.values[field] : undefined, code) ?? code);

export function outcomeLabel(code: string): string {
  const [groupCode, reasonCode] = code.split('/');
  const group = outcomeGroups.find((candidate) => candidate.group === groupCode);
  if (!group) return code;
  const reason = (group.reasons as readonly { code: string; label: string }[]).find((candidate) => candidate.code === reasonCode);
  return reason ? `${group.label}：${reason.label}` : group.label;
}

export const outcomeOptions = outcomeGroups.flatMap((group) =>
  group.reasons.length === 0
    ? [{ value: group.group, label: group.label }]
    : (group.reasons as readonly { code: string; label: string }[]).map((reason) => ({ value: `${group.group}/${reason.code}`, label: `${group.label}：${reason.label}` })),
);

export type ActionName = keyof typeof s.actions;

/** 政府信息公开条例 Art. 30: an incomplete request gets its one notice within 7 working days of receipt. */
export const COMPLETION_NOTICE_WORKING_DAYS = 7;
const completionNoticeBy = (request: StaffRequest, calendar: HolidayCalendar) =>
  addWorkingDays(chinaDate(new Date(request.receivedAt)), COMPLETION_NOTICE_WORKING_DAYS, calendar).dueDate;

/** Which actions a request allows now: the console offers no button that would only be refused. */
export function availableActions(request: StaffRequest): ActionName[] {
  const actions: ActionName[] = [];
  if (request.status !== 'answered') {
    if (!request.completionRequestedAt) actions.push('ask-completion');
    if (request.status === 'awaiting-completion') actions.push('record-completion');
    if (!request.extendedAt && request.status === 'received') actions.push('extend');
    if (!request.consultationStartedAt && request.status === 'received') actions.push('consult');
    if (request.consultationStartedAt && !request.consultationEndedOn) actions.push('record-third-party');
    actions.push('reply');
  }
  actions.push('add-appeal', 'record-delivery');
  return actions;
}


/** Which letters need facts the site config lacks, in words; undefined when every letter can be issued. */
export function unconfiguredWords(facts: LetterFacts): string | undefined {
  const missing = missingLetterFacts('reply', null, facts);
  return missing.length > 0 ? s.detail.unconfigured(missing.map((fact) => s.refused.letterFacts[fact]).join('、')) : undefined;
}

export function DetailPage({ request, history, audit, appeals, letters, letterFacts, now, done, skipped, delivery }: {
  request: StaffRequest; history: HistoryEntry[]; audit: AuditEntry[]; appeals: Appeal[]; letters: Letter[]; letterFacts: LetterFacts; now: Date; done?: string; skipped: SkippedHoliday[];
  /** How the reply reaches the applicant: files, e-mail, post (server/mail/DeliverySection.tsx). */
  delivery?: preact.ComponentChildren;
}) {
  const unconfigured = unconfiguredWords(letterFacts);
  const due = dueWords(request, now);
  const reference = request.reference;
  const f = s.fields;
  return (
    <StaffPage title={s.detail.title(request.reference)} section="requests" trail={[{ href: staffHref, label: s.list.title }]}>
      {done && s.detail.done[done] && <div class="panel" role="status"><p>{s.detail.done[done]}</p></div>}
      <p class={`status-tag staff-due staff-due--${due.urgency}`}><strong>{s.states[request.status]}</strong>：{due.words}</p>

      <h2>{s.detail.request}</h2>
      <p class="staff-text">{request.description}</p>

      <h2>{s.detail.applicant}</h2>
      <dl class="summary-list">
        <Row label={f.applicantType}>{value('applicantType', request.applicantType)}</Row>
        {request.organisationKind && <Row label={f.organisationKind}>{value('organisationKind', request.organisationKind)}</Row>}
        <Row label={f.name}>{request.name}</Row>
        {request.idType && <Row label={f.idType}>{value('idType', request.idType)}</Row>}
        {request.idNumber && <Row label={f.idNumber}>{request.idNumber}</Row>}
        {request.organisationCode && <Row label={f.organisationCode}>{request.organisationCode}</Row>}
        {/* Shown as typed; the link dials the stored E.164 form, extension included. */}
        <Row label={f.phone}>{request.phoneE164 ? <a href={`tel:${request.phoneE164}`}>{request.phone}</a> : request.phone}</Row>
        {request.email && <Row label={f.email}>{request.email}</Row>}
        {request.address && <Row label={f.address}>{request.address}</Row>}
        <Row label={f.delivery}>{value('delivery', request.delivery)}</Row>
        <Row label={f.format}>{value('format', request.format)}</Row>
        <Row label={f.locale}>{value('locale', request.locale)}</Row>
        {request.accessibleFormat && <Row label={f.accessibleFormat}><strong>{value('accessibleFormat', request.accessibleFormat)}</strong></Row>}
      </dl>

      <h2>{s.detail.dates}</h2>
      <dl class="summary-list">
        <Row label={f.receivedAt}>{localTime(request.receivedAt)}</Row>
        <Row label={f.dueDate}>
          {s.fullDate(request.dueDate)}{request.dueDateProvisional ? s.due.provisional : ''}
          {skipped.length > 0 && <span class="staff-skipped">{s.due.skipped(skipped)}</span>}
        </Row>
        {request.completionRequestedAt && <Row label={f.completionRequestedAt}>{localTime(request.completionRequestedAt)}</Row>}
        {request.completionNote && <Row label={f.completionNote}><span class="staff-text">{request.completionNote}</span></Row>}
        {request.completedAt && <Row label={f.completedAt}>{s.fullDate(chinaDate(new Date(request.completedAt)))}</Row>}
        {request.extendedAt && <Row label={f.extendedAt}>{localTime(request.extendedAt)}</Row>}
        {request.extensionReason && <Row label={f.extensionReason}><span class="staff-text">{request.extensionReason}</span></Row>}
        {request.consultationStartedAt && <Row label={f.consultationStartedAt}>{localTime(request.consultationStartedAt)}{request.consultationEndedOn ? '' : `（${s.due.consulting}）`}</Row>}
        {request.consultationThirdParty && <Row label={f.consultationThirdParty}><span class="staff-text">{request.consultationThirdParty}</span></Row>}
        {request.consultationEndedOn && <Row label={f.consultationEndedOn}>{s.fullDate(request.consultationEndedOn)}</Row>}
      </dl>

      {request.answeredAt && (
        <>
          <h2>{s.detail.reply}</h2>
          <dl class="summary-list">
            <Row label={f.answeredAt}>{localTime(request.answeredAt)}</Row>
            {request.outcome && <Row label={f.outcome}>{outcomeLabel(request.outcome)}</Row>}
            <Row label={f.replyText}><span class="staff-text">{request.replyText}</span></Row>
            {request.refusalReason && <Row label={f.refusalReason}><span class="staff-text">{request.refusalReason}</span></Row>}
            {request.legalBasis && <Row label={f.legalBasis}><span class="staff-text">{request.legalBasis}</span></Row>}
          </dl>
        </>
      )}

      <h2>{s.detail.letters}</h2>
      {letters.length === 0 ? <p>{s.detail.noLetters}</p> : (
        <ul class="link-list">
          {letters.map((letter) => (
            <li key={letter.id}><a href={staffLetterHref(reference, letter.id)}>{s.detail.printLetter(letter.subject)}</a></li>
          ))}
        </ul>
      )}
      {delivery}

      <h2>{s.detail.actions}</h2>
      {unconfigured && request.status !== 'answered' && <div class="notice"><p>{unconfigured}</p></div>}
      <ul class="link-list">
        {availableActions(request).map((action) => (
          <li key={action}><a href={staffActionHref(reference, action)}>{s.actions[action].link}</a></li>
        ))}
      </ul>

      <h2>{s.detail.appeals}</h2>
      {appeals.length === 0 ? <p>{s.detail.noAppeals}</p> : (
        <ul class="item-list">
          {appeals.map((appeal) => (
            <li key={appeal.id}>
              <span>{s.appealKinds[appeal.kind]}，{appeal.filedOn}：{s.appealResults[appeal.result]}{appeal.decidedOn ? `（${appeal.decidedOn} 审结）` : ''}</span>
              <a class="standalone-link" href={staffActionHref(reference, `appeals/${appeal.id}`)}>{s.actions['update-appeal'].link}<span class="visually-hidden">：{s.appealKinds[appeal.kind]} {appeal.filedOn}</span></a>
            </li>
          ))}
        </ul>
      )}

      <h2>{s.detail.history}</h2>
      <ol class="list">
        {history.map((entry) => <li key={entry.at + entry.status}>{localTime(entry.at)}：{own(s.events, entry.status) ?? entry.status}</li>)}
      </ol>

      <AuditTable audit={audit} title={s.detail.audit} caption={s.detail.auditCaption} action={(name) => own(s.auditActions, name)} />
      <p><a class="standalone-link" href={staffHref}>{s.detail.back}</a></p>
    </StaffPage>
  );
}

/** The fields of each action's form. */
function ActionFields({ action, values, errors }: { action: ActionName; values: FormValues; errors: FieldError[] }) {
  const a = s.actions;
  switch (action) {
    case 'ask-completion':
      return <LongText name="note" label={a['ask-completion'].note} hint={a['ask-completion'].noteHint} values={values} errors={errors} />;
    case 'record-completion':
      return <Input name="date" type="date" label={a['record-completion'].date} hint={a['record-completion'].dateHint} values={values} errors={errors} />;
    case 'extend':
      return <LongText name="reason" label={a.extend.reason} hint={a.extend.reasonHint} values={values} errors={errors} rows={4} />;
    case 'reply':
      return (
        <>
          <RadioGroup name="outcome" legend={a.reply.outcome} options={outcomeOptions} values={values} errors={errors} />
          <LongText name="replyText" label={a.reply.replyText} hint={a.reply.replyTextHint} values={values} errors={errors} rows={8} />
          <LongText name="refusalReason" label={a.reply.refusalReason} hint={a.reply.refusalReasonHint} values={values} errors={errors} rows={4} />
          <Input name="legalBasis" label={a.reply.legalBasis} hint={a.reply.legalBasisHint} values={values} errors={errors} />
          <FileField error={errorFor(errors, 'files')} />
        </>
      );
    case 'add-appeal':
      return (
        <>
          <RadioGroup name="kind" legend={a['add-appeal'].kind} options={appealKinds.map((kind) => ({ value: kind, label: s.appealKinds[kind]! }))} values={values} errors={errors} />
          <Input name="filedOn" type="date" label={a['add-appeal'].filedOn} hint={a['record-completion'].dateHint} values={values} errors={errors} />
          <AppealResultFields values={values} errors={errors} />
        </>
      );
    case 'update-appeal':
      return <AppealResultFields values={values} errors={errors} />;
    case 'consult':
      return <Input name="thirdParty" label={a.consult.thirdParty} hint={a.consult.thirdPartyHint} values={values} errors={errors} />;
    case 'record-third-party':
      return <Input name="date" type="date" label={a['record-third-party'].date} hint={a['record-third-party'].dateHint} values={values} errors={errors} />;
    case 'record-delivery': {
      const d = a['record-delivery'];
      return (
        <>
          <RadioGroup name="method" legend={d.method} options={['post', 'collection'].map((method) => ({ value: method, label: d.methods[method]! }))} values={values} errors={errors} />
          <Input name="date" type="date" label={d.date} hint={a['record-completion'].dateHint} values={values} errors={errors} />
          <Input name="trackingNumber" label={d.trackingNumber} hint={d.trackingNumberHint} values={values} errors={errors} />
        </>
      );
    }
  }
}

function AppealResultFields({ values, errors }: { values: FormValues; errors: FieldError[] }) {
  const a = s.actions['add-appeal'];
  return (
    <>
      <RadioGroup name="result" legend={a.result} options={appealResults.map((result) => ({ value: result, label: s.appealResults[result]! }))} values={{ result: 'pending', ...values }} errors={errors} />
      <Input name="decidedOn" type="date" label={a.decidedOn} hint={a.decidedOnHint} values={values} errors={errors} />
    </>
  );
}

export function ActionPage({ action, request, values, errors, refused, extensionDays, path, appeal, calendar = officialCalendar, unconfigured }: {
  action: ActionName; request: StaffRequest; values: FormValues; errors: FieldError[]; refused?: string; extensionDays: number; path: string; appeal?: Appeal;
  /** The holiday calendar the console counts on (server/requests/holiday-calendar.ts). */
  calendar?: HolidayCalendar;
  /** What the site config lacks for a refusal's letter, in words. */
  unconfigured?: string;
}) {
  const texts = s.actions[action];
  const intro = typeof texts.intro === 'function' ? texts.intro(extensionDays) : texts.intro;
  const summary: FieldError[] = refused ? [{ field: 'form', message: refused }] : errors;
  const base = staffRequestHref(request.reference);
  return (
    <StaffPage
      title={`${texts.title}：${request.reference}`}
      hasErrors={summary.length > 0}
      section="requests"
      trail={[{ href: staffHref, label: s.list.title }, { href: base, label: s.detail.title(request.reference) }]}
    >
      <ErrorSummary errors={summary} href={(field) => (field === 'form' ? '#action-form' : `#${field}`)} />
      <p>{intro}</p>
      {action === 'ask-completion' && <p>{s.actions['ask-completion'].noticeBy(completionNoticeBy(request, calendar))}</p>}
      {action === 'reply' && unconfigured && <div class="notice"><p>{unconfigured}</p></div>}
      {appeal && <p>{s.appealKinds[appeal.kind]}，{appeal.filedOn}</p>}
      <p class="staff-text staff-quote">{[...request.description].slice(0, 200).join('')}</p>
      <form method="post" action={path} id="action-form" tabIndex={-1} novalidate enctype={action === 'reply' ? 'multipart/form-data' : undefined}>
        <ActionFields action={action} values={values} errors={errors} />
        <button type="submit" class="button">{texts.submit}</button>
      </form>
      <p><a class="standalone-link" href={base}>{s.detail.backToRequest(request.reference)}</a></p>
    </StaffPage>
  );
}

/**
 * A letter as issued, to print on A4 (staff.css hides the console around it when printing), with the checklist of
 * what to send and how beside it on the screen: the delivery, the form, and the accessible format asked for.
 */
export function LetterPrintPage({ request, letter }: { request: StaffRequest; letter: Letter }) {
  const f = s.fields;
  return (
    <StaffPage
      title={s.detail.printLetter(letter.subject)}
      section="requests"
      trail={[{ href: staffHref, label: s.list.title }, { href: staffRequestHref(request.reference), label: s.detail.title(request.reference) }]}
    >
      <div class="staff-no-print">
        <h2>{s.print.checklist}</h2>
        <dl class="summary-list">
          <Row label={f.delivery}>{value('delivery', request.delivery)}</Row>
          {request.delivery === 'email' && request.email && <Row label={f.email}>{request.email}</Row>}
          {request.delivery === 'post' && request.address && <Row label={f.address}>{request.address}</Row>}
          <Row label={f.format}>{value('format', request.format)}</Row>
          <Row label={f.accessibleFormat}>{request.accessibleFormat ? <strong>{value('accessibleFormat', request.accessibleFormat)}</strong> : s.print.noAccessibleFormat}</Row>
        </dl>
        <p>{s.print.how}</p>
      </div>
      <LetterView letter={letter} />
      <p class="staff-no-print"><a class="standalone-link" href={staffRequestHref(request.reference)}>{s.detail.backToRequest(request.reference)}</a></p>
    </StaffPage>
  );
}

export function MessagePage({ title, text, status }: { title: string; text: string; status?: string }) {
  return (
    <StaffPage title={title} section="requests">
      <p>{text}</p>
      {status && <p>{status}</p>}
      <p><a class="standalone-link" href={staffHref}>{s.detail.back}</a></p>
    </StaffPage>
  );
}
