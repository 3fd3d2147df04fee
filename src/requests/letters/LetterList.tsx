import type { Letter as IssuedLetter } from '../contract.ts';
import { useRequestMessages } from '../messages/index.ts';
import { Letter } from './Letter.tsx';

/**
 * A request's letters on "我的申请", the newest first. A chunk of its own, loaded only once a request has a letter:
 * the check-answers page loads the request page's code ahead, and the form's 35 KB budget has no room for it.
 */
export default function LetterList({ letters }: { letters: IssuedLetter[] }) {
  const r = useRequestMessages();
  return (
    <section aria-labelledby="letters-title">
      <h2 id="letters-title">{r.requests.letters}</h2>
      <p>{r.requests.lettersIntro}</p>
      {letters.map((letter) => <Letter key={letter.id} letter={letter} level={3} />)}
    </section>
  );
}
