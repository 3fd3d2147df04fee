import type { Example } from '../test-examples.ts';
import { CharacterCount } from './CharacterCount.tsx';

const said = { charactersLeft: (left: number) => `还可以输入 ${left} 个字`, charactersOver: (over: number) => `超出 ${over} 个字`, charactersLimit: (limit: number) => `最多可以输入 ${limit} 个字` };

/** Under its limit: the characters left. */
export const underLimit: Example = {
  element: <CharacterCount name="description" label="需要什么信息" hint="写清楚年份和名称" value="2025年残疾人就业保障金" limit={20} onInput={() => {}} {...said} />,
};

/** Over its limit: how many too many, as text, and the field marked invalid. An emoji counts as one character. */
export const overLimit: Example = {
  element: <CharacterCount name="description" label="需要什么信息" value="2025年残疾人就业保障金的征收和使用情况👍" limit={20} onInput={() => {}} {...said} />,
};
