import type { Example } from '../test-examples.ts';
import { ContactList } from './ContactList.tsx';

/** Three channels configured: the phone number and the email address are links. */
export const threeChannels: Example = {
  element: <ContactList channels={{ address: '人民路 1 号', postcode: '', phone: '010-1234 5678', sms: '', email: 'xxgk@example.test', hours: '' }} />,
};
