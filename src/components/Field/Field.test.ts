import { expect, it } from 'vitest';
import { h } from 'preact';
import { renderExample } from '../test-examples.ts';
import { ErrorSummary } from '../ErrorSummary/ErrorSummary.tsx';
import { TextField } from './Field.tsx';
import { date, optionalRadios, optionalText, passwordSentBack, radiosOneChosen, radiosWithError, requiredRadios, requiredText, textareaSharedHint, textWithHintAndError } from './Field.examples.tsx';

it('labels the field, and has it described by its hint and its error, which says it is an error', () => {
  const { html } = renderExample(textWithHintAndError);
  expect(html).toContain('<div class="form-group form-group--error"><label class="label" for="phone">手机号码</label>');
  expect(html).toContain('<p class="hint" id="phone-hint">我们用它告诉你办理进度</p>');
  expect(html).toContain('<p class="error-message" id="phone-error"><span class="visually-hidden">错误：</span>请填写手机号码，例如 13912345678</p>');
  expect(html).toMatch(/<input class="input" id="phone" name="phone" type="tel" value="1391234" autocomplete="tel" aria-describedby="phone-hint phone-error" aria-invalid="true"\/>/);
});

it('is where the error summary’s link leads', () => {
  const { name, error } = textWithHintAndError.element.props as unknown as Parameters<typeof TextField>[0];
  const { html } = renderExample({ element: h('div', null, h(ErrorSummary, { errors: [{ field: name, message: error! }] }), textWithHintAndError.element) });
  const target = /<a href="#([^"]+)">请填写手机号码/.exec(html)?.[1];
  expect(html).toContain(`<input class="input" id="${target}"`);
});

it('groups radios under their legend, shows the one chosen, and gives the first option the field’s id', () => {
  const { html } = renderExample(radiosOneChosen);
  expect(html).toContain('<fieldset class="fieldset" aria-describedby="delivery-hint"><legend class="label">怎样收到答复</legend>');
  expect(html.match(/checked/g)).toHaveLength(1);
  expect(html).toMatch(/id="delivery-post" type="radio" name="delivery" value="post" checked\/><label class="radios__label" for="delivery-post">邮寄/);
  expect(html).toContain('<input class="radios__input" id="delivery" type="radio" name="delivery" value="collect"/>');
  const error = renderExample(radiosWithError).html;
  expect(error).toContain('<fieldset class="fieldset" aria-describedby="format-error">');
  expect(error).toContain('<input class="radios__input" id="format" type="radio"');
});

it('keeps a textarea’s text, described by a hint it shares with other fields', () => {
  const { html } = renderExample(textareaSharedHint);
  expect(html).toContain('<label class="label" for="overview">总体情况</label><textarea class="textarea" id="overview" name="overview" rows="4" aria-describedby="texts-hint">第一段\n\n第二段</textarea>');
});

it('never writes a password back into the page', () => {
  const { html } = renderExample(passwordSentBack);
  expect(html).not.toContain('secret');
  expect(html).toContain('type="password" value autocomplete="current-password" spellcheck="false" aria-describedby="password-error" aria-invalid="true"');
});

it('gives a date a date input, in a box its size', () => {
  expect(renderExample(date).html).toContain('<input class="input input--date" id="decidedOn" name="decidedOn" type="date" value="2026-03-04" aria-describedby="decidedOn-hint"/>');
});

it('gives a field that must be filled the required state, without marking its label', () => {
  const { html } = renderExample(requiredText);
  expect(html).toContain('<label class="label" for="phone">联系电话</label>');
  expect(html).toMatch(/<input class="input" id="phone"[^>]* required/);
});

it('marks a field that may be left empty "（选填）" after its label, and leaves it not required', () => {
  const { html } = renderExample(optionalText);
  expect(html).toContain('<label class="label" for="email">电子邮件地址（选填）</label>');
  expect(html).not.toContain('required');
});

it('makes every option of a required radio group required, and marks an optional group "(optional)" in English', () => {
  const required = renderExample(requiredRadios).html;
  expect(required.match(/<input class="radios__input"[^>]* required/g)).toHaveLength(2);
  expect(required).toContain('<legend class="label">Format</legend>');
  const optional = renderExample(optionalRadios).html;
  expect(optional).toContain('<legend class="label">Accessible format (optional)</legend>');
  expect(optional).not.toContain('required');
});
