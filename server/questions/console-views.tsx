/**
 * The online mailbox's pages in the staff console (issue 17 point 2): the list by age, a question's page with its
 * answer form, and the form that turns it into a disclosure request. Server-rendered, no script: GOV.UK forms with
 * an error summary and the typed values kept, as the request pages (server/staff/views.tsx).
 */
import { ErrorSummary, type FieldError } from '../../src/components/ErrorSummary/ErrorSummary.tsx';
import { Radios, TextArea, TextField } from '../../src/components/Field/Field.tsx';
import { chinaDateTime } from '../../src/dates/china.ts';
import { staffQuestionActionHref, staffQuestionHref, staffQuestionsHref, staffRequestHref } from '../../src/addresses/addresses.ts';
import type { OutboxMail } from '../mail/outbox.ts';
import type { AuditEntry } from '../requests/repository.ts';
import { chinaDate } from '../requests/due-date.ts';
import { StaffPage } from '../staff/layout.tsx';
import { staffText } from '../staff/text.ts';
import type { ListedQuestion } from './actions.ts';
import { AuditTable } from '../staff/AuditTable.tsx';
import { PublishAnswerButton } from '../staff/answer-button.tsx';
import { mailboxText as t } from './console-text.ts';
import type { QuestionRecord } from './repository.ts';

export type FormValues = Record<string, string>;

const localTime = (at: Date | string) => chinaDateTime(at, 'zh-CN');
const errorFor = (errors: FieldError[], field: string) => errors.find((error) => error.field === field)?.message;
const excerpt = (text: string, length: number) => [...text].slice(0, length).join('') + ([...text].length > length ? '…' : '');
/** Only a path of this site is a link (the API stores nothing else, src/questions/rules.ts `isSitePath`). */
const sitePath = (page: string | null) => (page && page.startsWith('/') && !page.startsWith('//') ? page : undefined);

const stateOf = (question: QuestionRecord): keyof typeof t.states => (question.convertedTo ? 'converted' : question.answeredAt ? 'answered' : 'received');

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return <div><dt>{label}</dt><dd>{children}</dd></div>;
}

function QuestionItem({ question }: { question: ListedQuestion }) {
  const page = sitePath(question.page);
  return (
    <li class={`staff-list__item staff-list__item--${question.overdue ? 'overdue' : stateOf(question) === 'received' ? 'later' : 'answered'}`}>
      <a href={staffQuestionHref(question.reference)}>
        <span class="staff-list__reference">{question.reference}</span>{' '}
        <span class="staff-list__name">{t.kinds[question.kind]} · {t.topics[question.topic]}</span>
      </a>
      <span class="staff-list__due">
        {question.overdue ? <strong>{t.overdueSince(question.dueDate)}</strong> : stateOf(question) === 'received' ? t.due(question.dueDate) : t.states[stateOf(question)]}
        {question.onTime !== undefined && `（${question.onTime ? t.onTime : t.late}）`}
      </span>
      <span class="item-list__meta">
        {t.states[stateOf(question)]} · {t.fields.receivedAt} {chinaDate(question.receivedAt)} · {t.fields.dueDate} {question.dueDate}
        {page && <> · {t.fields.page} {page}</>}
      </span>
      <span class="item-list__meta staff-list__summary">{excerpt(question.text, 60)}</span>
    </li>
  );
}

/** Every question, the open ones first (oldest first, the overdue marked), then those answered or converted. */
export function QuestionListPage({ questions, answerWorkingDays }: { questions: ListedQuestion[]; answerWorkingDays: number }) {
  const open = questions.filter((question) => stateOf(question) === 'received');
  const done = questions.filter((question) => stateOf(question) !== 'received');
  return (
    <StaffPage title={t.list.title} section="questions">
      <p>{t.list.intro(answerWorkingDays)}</p>
      {[[t.list.open, open], [t.list.done, done]].map(([heading, list]) => (
        <section key={heading as string}>
          <h2>{heading as string}（{t.list.count((list as ListedQuestion[]).length)}）</h2>
          {(list as ListedQuestion[]).length === 0 ? <p>{t.list.empty}</p> : (
            <ul class="item-list staff-list">
              {(list as ListedQuestion[]).map((question) => <QuestionItem key={question.reference} question={question} />)}
            </ul>
          )}
        </section>
      ))}
    </StaffPage>
  );
}


function MailState({ mail }: { mail: OutboxMail }) {
  if (mail.sentAt) return <>{t.detail.mailSent(localTime(mail.sentAt))}</>;
  return <>{mail.lastError ? t.detail.mailFailed(mail.lastError) : t.detail.mailWaiting}</>;
}

export interface QuestionPageProps {
  question: ListedQuestion;
  audit: AuditEntry[];
  mails: OutboxMail[];
  mailConfigured: boolean;
  /** The answer form's typed text and what is wrong with it, or why it was refused. */
  values?: FormValues;
  errors?: FieldError[];
  refused?: string;
  done?: 'answer' | 'convert';
}

/** A question: its text, where it was asked from, the answer form (or the answer given), conversion, the audit trail. */
export function QuestionPage({ question, audit, mails, mailConfigured, values = {}, errors = [], refused, done }: QuestionPageProps) {
  const f = t.fields;
  const state = stateOf(question);
  const page = sitePath(question.page);
  const summary: FieldError[] = refused ? [{ field: 'refused', message: refused }] : errors;
  return (
    <StaffPage title={t.detail.title(question.reference)} hasErrors={summary.length > 0} section="questions" trail={[{ href: staffQuestionsHref, label: t.list.title }]}>
      <ErrorSummary errors={summary} href={(field) => (field === 'refused' ? '#answer-title' : `#${field}`)} />
      {done === 'answer' && <div class="panel" role="status"><p>{t.detail.done.answer}</p></div>}
      {done === 'convert' && question.convertedTo && (
        <div class="panel" role="status"><p>{t.detail.done.convert(question.convertedTo.reference)}</p></div>
      )}
      <p class={`status-tag staff-due staff-due--${question.overdue ? 'overdue' : state === 'received' ? 'later' : 'answered'}`}>
        <strong>{t.states[state]}</strong>：{question.overdue ? t.overdueSince(question.dueDate) : state === 'received' ? t.due(question.dueDate) : question.onTime ? t.onTime : t.late}
      </p>

      <h2>{t.detail.text}</h2>
      <p class="staff-text">{question.text}</p>

      <h2>{t.detail.details}</h2>
      <dl class="summary-list">
        <Row label={f.kind}>{t.kinds[question.kind]}</Row>
        <Row label={f.topic}>{t.topics[question.topic]}</Row>
        <Row label={f.page}>{page ? <a href={page}>{page}</a> : t.fields.noPage}</Row>
        <Row label={f.receivedAt}>{localTime(question.receivedAt)}</Row>
        <Row label={f.dueDate}>{staffText.fullDate(question.dueDate)}{question.dueDateProvisional ? staffText.due.provisional : ''}</Row>
        <Row label={f.answerBy}>{t.channels[question.answerBy]}</Row>
        {question.name && <Row label={f.name}>{question.name}</Row>}
        {question.contact && <Row label={f.contact}>{question.contact}</Row>}
        <Row label={f.locale}>{staffText.values.locale![question.locale] ?? question.locale}</Row>
      </dl>

      <h2 id="answer-title">{t.detail.answer}</h2>
      {refused && values.answer && (
        <>
          <p>{t.detail.notSent}</p>
          <p class="staff-text staff-quote">{values.answer}</p>
        </>
      )}
      {question.answeredAt && (
        <dl class="summary-list">
          <Row label={f.answeredAt}>{localTime(question.answeredAt)}</Row>
          <Row label={f.answerBy}>{t.channels[question.answerChannel ?? question.answerBy]}</Row>
          <Row label={f.answer}><span class="staff-text">{question.answerText}</span></Row>
          {mails.map((mail) => <Row key={mail.id} label={t.detail.mail}><MailState mail={mail} /></Row>)}
          {question.convertedTo && (
            <Row label={f.convertedTo}><a href={staffRequestHref(question.convertedTo.reference)}>{t.detail.viewRequest(question.convertedTo.reference)}</a></Row>
          )}
        </dl>
      )}
      {/* What others ask too: published, with the person's details removed, after the content review steps. */}
      {question.answeredAt && !question.convertedTo && (
        <>
          <h2>{t.detail.publish}</h2>
          <PublishAnswerButton reference={question.reference} />
        </>
      )}
      {!question.answeredAt && (
        <>
          {question.answerBy === 'email' && !mailConfigured && <div class="notice"><p>{t.detail.mailUnconfigured}</p></div>}
          <form method="post" action={staffQuestionActionHref(question.reference, 'answer')} novalidate>
            <TextArea name="answer" label={t.detail.answerLabel} hint={t.detail.answerHint[question.answerBy]} value={values.answer ?? ''} error={errorFor(summary, 'answer')} rows={8} />
            <button type="submit" class="button">{t.detail.submit}</button>
          </form>
          <h2>{t.detail.convert}</h2>
          <p>{t.detail.convertIntro}</p>
          <p><a class="standalone-link" href={staffQuestionActionHref(question.reference, 'convert')}>{t.detail.convertLink}</a></p>
        </>
      )}

      <AuditTable audit={audit} title={t.detail.audit} caption={t.detail.auditCaption} action={(name) => t.auditActions[name]} />
      <p><a class="standalone-link" href={staffQuestionsHref}>{t.detail.back}</a></p>
    </StaffPage>
  );
}

const options = (field: string) => Object.entries(staffText.values[field]!).map(([value, label]) => ({ value, label }));

/**
 * Turning a question into a disclosure request: the confirmation that its clock starts today (`today`, a China
 * date), and the applicant's details as the request form asks them, the description filled with the question.
 */
export function ConvertPage({ question, today, values, errors, refused }: { question: QuestionRecord; today: string; values: FormValues; errors: FieldError[]; refused?: string }) {
  const f = staffText.fields;
  const summary: FieldError[] = refused ? [{ field: 'form', message: refused }] : errors;
  const input = (name: string, label: string, hint?: string) => <TextField name={name} label={label} hint={hint} value={values[name] ?? ''} error={errorFor(errors, name)} spellcheck={false} />;
  const radios = (name: string, legend: string) => <Radios name={name} legend={legend} options={options(name)} value={values[name] ?? ''} error={errorFor(errors, name)} />;
  return (
    <StaffPage
      title={t.convert.title(question.reference)}
      hasErrors={summary.length > 0}
      section="questions"
      trail={[{ href: staffQuestionsHref, label: t.list.title }, { href: staffQuestionHref(question.reference), label: t.detail.title(question.reference) }]}
    >
      <ErrorSummary errors={summary} href={(field) => (field === 'form' ? '#convert-form' : `#${field}`)} />
      <div class="notice"><p>{t.convert.confirm(today)}</p></div>
      <form method="post" action={staffQuestionActionHref(question.reference, 'convert')} id="convert-form" tabIndex={-1} novalidate>
        <TextArea name="description" label={f.description} hint={t.convert.descriptionHint} value={values.description ?? question.text} error={errorFor(errors, 'description')} rows={6} />
        <h2>{t.convert.applicant}</h2>
        <p>{t.convert.applicantHint}</p>
        {radios('applicantType', f.applicantType)}
        {input('name', f.name)}
        <p>{t.convert.personOnly}</p>
        {radios('idType', f.idType)}
        {input('idNumber', f.idNumber)}
        <p>{t.convert.organisationOnly}</p>
        {radios('organisationKind', f.organisationKind)}
        {input('organisationCode', f.organisationCode)}
        {input('phone', f.phone)}
        {input('email', f.email)}
        {input('address', f.address)}
        {radios('delivery', f.delivery)}
        {radios('format', f.format)}
        <button type="submit" class="button">{t.convert.submit}</button>
      </form>
      <p><a class="standalone-link" href={staffQuestionHref(question.reference)}>{t.detail.backToQuestion(question.reference)}</a></p>
    </StaffPage>
  );
}

export function MailboxMessagePage({ title, text }: { title: string; text: string }) {
  return (
    <StaffPage title={title} section="questions">
      <p>{text}</p>
      <p><a class="standalone-link" href={staffQuestionsHref}>{t.detail.back}</a></p>
    </StaffPage>
  );
}
