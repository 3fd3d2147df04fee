/**
 * Interface text of the request form and "my requests", in English: kept apart from the rest, so pages without
 * a form do not download it (the 20 KB budget).
 */
import type { RequestMessages } from './zh-Hans.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const enRequests: RequestMessages = {
  form: {
    continue: 'Continue',
    charactersLeft: (n: number) => `You have ${plural(n, 'character', 'characters')} left`,
    charactersOver: (n: number) => `You have ${plural(n, 'character', 'characters')} too many`,
    charactersLimit: (n: number) => `You can enter up to ${plural(n, 'character', 'characters')}`,
  },
  request: {
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    steps: {
      applicant: { title: 'About you', intro: 'Tell us who is asking.' },
      details: { title: 'The information you want', intro: 'Tell us which government information you want, and how you want to get our reply.' },
      contact: { title: 'Contact details', intro: 'We use these to contact you and to send you our reply.' },
    },
    applicantType: { legend: 'Who are you asking as?', person: 'Myself, as a person', organisation: 'A company or other organisation' },
    organisationKind: {
      legend: 'Kind of organisation',
      business: 'Business', research: 'Research institution', nonprofit: 'Charity or public-interest organisation', legal: 'Legal services organisation', other: 'Other organisation',
    },
    name: {
      person: 'Full name',
      organisation: 'Name of the organisation',
      either: 'Your name or the name of the organisation',
      eitherHint: 'If you are asking for an organisation, give its full name.',
    },
    idType: { legend: 'Type of identity document', 'resident-id': 'Resident identity card', passport: 'Passport', other: 'Other document' },
    idNumber: {
      label: 'Document number',
      hint: 'A resident identity card number has 18 characters. The last one may be X. Once your request is sent, this number is no longer kept on your phone.',
    },
    organisationCode: { label: 'Unified social credit code', hint: '18 characters. It is on the business licence or registration certificate.' },
    personOnly: 'If you are asking as a person, fill in:',
    organisationOnly: 'If you are asking for an organisation, fill in:',
    description: {
      label: 'What government information do you want?',
      hint: 'If you can, give the name or number of the document, or what it is about and the dates it covers. This helps us find it.',
    },
    delivery: { legend: 'How do you want to get our reply?', email: 'By email', post: 'By post', collect: 'Collect it from our office' },
    format: { legend: 'Paper or electronic?', paper: 'Paper', electronic: 'Electronic file' },
    phone: { label: 'Phone number', hint: 'A mobile number, or a landline number with its area code.' },
    email: { label: 'Email address', hint: 'You must fill this in if you chose to get our reply by email.' },
    address: { label: 'Postal address', hint: 'You must fill this in if you chose to get our reply by post. Include the postcode.' },
    check: {
      title: 'Check your request',
      intro: 'Check your answers before you send them. To change an answer, choose “Change”.',
      /** The page adds the field's label, hidden, right after: the space keeps "Change Name" two words for a screen reader. */
      change: 'Change ',
      submit: 'Send request',
      empty: 'Not given',
      sections: { applicant: 'About you', details: 'The information you want', contact: 'Contact details' },
      fields: {
        applicantType: 'Asking as', organisationKind: 'Kind of organisation', name: 'Name', idType: 'Type of identity document',
        idNumber: 'Document number', organisationCode: 'Unified social credit code', description: 'Information you want',
        delivery: 'How to get the reply', format: 'Paper or electronic', phone: 'Phone number', email: 'Email address', address: 'Postal address',
      },
      noStorage: 'This browser cannot save your request on your phone, so you cannot keep it to send later when you are offline. When you are online, press “Send request” below to send it now.',
    },
  },
  requests: {
    title: 'My requests',
    intro: 'Requests for government information sent from this phone, and how they are progressing.',
    empty: 'No requests have been sent from this phone yet.',
    howTo: 'How to ask for government information',
    status: {
      queued: 'Saved. It will be sent when you are online',
      sending: 'Sending',
      sent: (reference: string) => `Sent. Reference number ${reference}`,
      rejected: 'Not accepted. Change it and send it again',
    },
    reference: 'Reference number',
    received: 'Date received',
    due: 'Reply due by',
    history: 'History on this phone',
    progress: 'Progress',
    serverStatus: {
      received: 'The federation has received your request and is working on it',
      'completion-requested': 'The federation has asked you to add to your request. The time to reply is paused',
      completed: 'The federation has received what you added. The time to reply starts again',
      extended: 'The federation has given itself more time to reply',
      answered: 'The federation has replied',
    },
    reply: 'Reply',
    outcome: 'Result',
    replyText: 'What the federation said',
    reason: 'Reason',
    legalBasis: 'Legal basis',
    completionTitle: 'Please add to your request',
    completionText: 'When we receive what you add, the time to reply starts again from that day.',
    extended: (reason: string) => `The time to reply has been extended. Reason: ${reason}`,
    queuedAt: 'Date saved',
    correct: 'Change and send again',
    delete: 'Delete from this phone',
    notFound: 'This request is not on this phone.',
    unsentWarning: 'A request has not been sent yet. Do not clear your browser data. Add this app to your home screen so that your phone does not clear it by itself.',
    detailTitle: (summary: string) => `Request: ${summary}`,
    sentTitle: 'Request sent',
    tooMany: (seconds: number) =>
      `Too many requests have been sent from this network. Wait ${plural(Math.ceil(seconds / 60), 'minute', 'minutes')}, then press “Send request” again. Everything you filled in is still here.`,
    keepReference: 'Write down your reference number. You will need it if you ask how your request is progressing. We will reply in the way you chose.',
    conflict: 'This request was already sent with different answers. Check your answers and send it again.',
    unreadableTitle: 'What you sent could not be read',
    unreadable: 'The form you sent could not be read, and nothing was saved. Start again from the first step.',
    tooLargeTitle: 'What you sent is too long',
    tooLarge: 'What you sent is too long, and nothing was saved. Shorten the description and start again from the first step.',
  },
};
