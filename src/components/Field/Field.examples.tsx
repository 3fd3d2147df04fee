import type { Example } from '../test-examples.ts';
import { Radios, TextArea, TextField } from './Field.tsx';

const ignore = () => {};

/** A text field with a hint, sent back with an error and what was typed. */
export const textWithHintAndError: Example = {
  element: <TextField name="phone" label="手机号码" hint="我们用它告诉你办理进度" error="请填写手机号码，例如 13912345678" value="1391234" type="tel" autocomplete="tel" onInput={ignore} />,
};

/** A radio group with one option chosen. */
export const radiosOneChosen: Example = {
  element: (
    <Radios
      name="delivery"
      legend="怎样收到答复"
      hint="选一种"
      value="post"
      options={[{ value: 'collect', label: '到服务大厅领取' }, { value: 'post', label: '邮寄' }, { value: 'email', label: '电子邮件' }]}
      onInput={ignore}
    />
  ),
};

/** A radio group with nothing chosen and an error: the error link lands on the first option. */
export const radiosWithError: Example = {
  element: <Radios name="format" legend="信息的形式" error="请选择信息的形式" value="" options={[{ value: 'paper', label: '纸质' }, { value: 'electronic', label: '电子' }]} />,
};

/** A textarea as the staff console renders it for a plain post, with a hint shared by several fields. */
export const textareaSharedHint: Example = {
  element: (
    <>
      <p class="hint" id="texts-hint">可以使用 Markdown。</p>
      <TextArea name="overview" label="总体情况" value={'第一段\n\n第二段'} rows={4} describedByAlso="texts-hint" />
    </>
  ),
};

/** The staff sign-in's password: what was typed is never written back into the page. */
export const passwordSentBack: Example = {
  element: <TextField name="password" type="password" label="密码" error="用户名或密码不对" value="secret" autocomplete="current-password" spellcheck={false} />,
};

/** A date, as the staff console asks for one. */
export const date: Example = {
  element: <TextField name="decidedOn" type="date" label="审结日期" hint="还没有审结就留空" value="2026-03-04" />,
};

/** A field that must be filled: the required state, and no mark in the label (GOV.UK marks the optional ones). */
export const requiredText: Example = {
  element: <TextField name="phone" type="tel" label="联系电话" value="" required />,
};

/** A field that may be left empty: "（选填）" after its label, and no required state. */
export const optionalText: Example = {
  element: <TextField name="email" type="email" label="电子邮件地址" value="" optional />,
};

/** A radio group that must be answered, in English: every option required, the legend unmarked. */
export const requiredRadios: Example = {
  url: '/en/',
  element: <Radios name="format" legend="Format" value="" required options={[{ value: 'paper', label: 'Paper' }, { value: 'electronic', label: 'Electronic' }]} />,
};

/** An optional radio group, in English: "(optional)" after the legend. */
export const optionalRadios: Example = {
  url: '/en/',
  element: <Radios name="accessible" legend="Accessible format" value="" optional options={[{ value: 'large-print', label: 'Large print' }, { value: 'braille', label: 'Braille' }]} />,
};
