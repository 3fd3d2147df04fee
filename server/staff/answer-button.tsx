import { staffAnswerFromQuestionHref } from '../../src/addresses/addresses.ts';

/**
 * The button a question's page in the console shows once the question is answered (issue 17 point 3): it posts to
 * the content console (server/content/console/pages.tsx), which makes a published answer's draft with the person's
 * details removed and opens it, to go through the review steps. Imports nothing of the content console, so any
 * console page can place it.
 */
export function PublishAnswerButton({ reference }: { reference: string }) {
  return (
    <form method="post" action={staffAnswerFromQuestionHref(reference)}>
      <p class="hint">个人信息会先删除：姓名、电话号码、身份证号码、电子邮件地址和提问人的联系方式。稿件要经过审核才公开。</p>
      <button type="submit" class="button button--secondary">公开这个问题和答复</button>
    </form>
  );
}
