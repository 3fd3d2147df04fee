import type { Letter as IssuedLetter } from '../contract.ts';
import './Letter.css';

interface LetterProps {
  letter: Pick<IssuedLetter, 'id' | 'locale' | 'body'>;
  /** The title's heading level: 2 under a page's own h1 (the request page, the print page). */
  level?: 2 | 3;
}

/**
 * A letter to the applicant as issued (答复书, 告知书): the federation's name, the title and number, the text, the
 * remedies under their own heading, and the signature with room for the seal. In the letter's own language (`lang`),
 * whatever the page's; prints on A4 in large type (Letter.css).
 */
export function Letter({ letter, level = 2 }: LetterProps) {
  const { body } = letter;
  const Title = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const titleId = `letter-${letter.id}-title`;
  return (
    <article class="letter" lang={letter.locale} aria-labelledby={titleId}>
      <p class="letter__sender">{body.sender}</p>
      <Title class="letter__title" id={titleId}>{body.title}</Title>
      <p class="letter__number">{body.number}</p>
      <p>{body.addressee}</p>
      {body.paragraphs.map((paragraph, i) => <p class="letter__text" key={i}>{paragraph}</p>)}
      {body.remedies && (
        <section class="letter__remedies">
          <Sub>{body.remedies.heading}</Sub>
          <p>{body.remedies.text}</p>
        </section>
      )}
      <div class="letter__signature">
        <div class="letter__seal" />
        <p>{body.signature.sender}</p>
        <p>{body.signature.date}</p>
      </div>
    </article>
  );
}
