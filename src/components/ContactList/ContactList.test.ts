import { expect, it } from 'vitest';
import { renderExample } from '../test-examples.ts';
import { threeChannels } from './ContactList.examples.tsx';

it('lists the configured channels only, the phone number and email address as links to call and write', () => {
  const { html } = renderExample(threeChannels);
  expect(html.match(/<dt>/g)).toHaveLength(3);
  expect(html).toContain('<a href="tel:01012345678">010-1234 5678</a>');
  expect(html).toContain('<a href="mailto:xxgk@example.test">xxgk@example.test</a>');
});
