import type { Example } from '../test-examples.ts';
import { Prose } from './Prose.tsx';

/** A content file's text: headings, a list, a long address that must wrap at 320 px. */
export const guideText: Example = {
  element: (
    <Prose html={'<h2>需要的材料</h2><ul><li>身份证</li><li>残疾人证</li></ul><p>网上办理：<a href="https://zwfw.example.test/services/disabled-persons/bus-pass/apply-online">https://zwfw.example.test/services/disabled-persons/bus-pass/apply-online</a></p>'} />
  ),
};
