import type { Letter as IssuedLetter } from '../contract.ts';
import { useRequestMessages } from '../messages/index.ts';
import { Letter } from './Letter.tsx';

/** A request's letters on "我的申请", the newest first, each in its own language. */
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
