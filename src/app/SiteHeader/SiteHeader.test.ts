import { expect, it } from 'vitest';
import { currentState } from './SiteHeader.tsx';

it('marks the page itself as current, and its section for pages inside it', () => {
  expect(currentState('/guides/', '/guides/')).toBe('page');
  expect(currentState('/guides/', '/guides/bus-pass/')).toBe('true');
  expect(currentState('/disclosure/', '/reports/2017/')).toBe('true');
  expect(currentState('/', '/guides/')).toBeUndefined();
  expect(currentState('/request/', '/requests/')).toBeUndefined();
});
