import { expect, it } from 'vitest';
import { toTraditional, toTraditionalModule } from './traditional.ts';

it('converts text to traditional characters', () => {
  expect(toTraditional('残疾人联合会')).toBe('殘疾人聯合會');
});

it('converts a module: its text, its language tag, and the modules it imports by relative address', () => {
  const source = [
    "import { site } from '../../src/config/site.ts';",
    "import { h } from 'preact';",
    "export const messages = { lang: 'zh-Hans', name: site.name, help: '需要帮助？' };",
  ].join('\n');
  expect(toTraditionalModule(source)).toBe([
    "import { site } from '../../src/config/site.ts?zh-Hant';",
    "import { h } from 'preact';",
    "export const messages = { lang: 'zh-Hant', name: site.name, help: '需要幫助？' };",
  ].join('\n'));
});
