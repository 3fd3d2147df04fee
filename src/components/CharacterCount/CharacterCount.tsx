import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announce.ts';
import { type Need, TextArea } from '../Field/Field.tsx';
import './CharacterCount.css';

/** Spoken once the person pauses, never on every keystroke (GOV.UK's character count does the same). */
const SPEAK_AFTER_MS = 1500;

/** Characters as a person counts them: an emoji or a rare character outside the BMP is one, not two. */
const count = (text: string) => [...text].length;

interface CharacterCountProps extends Need {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  limit: number;
  onInput: (name: string, value: string) => void;
  /** What is said of the count, in the page's language: characters left, or how many too many. */
  charactersLeft: (left: number) => string;
  charactersOver: (over: number) => string;
  /** The limit, said once with the label and hint ("最多可以输入 2000 个字"). */
  charactersLimit: (limit: number) => string;
}

/**
 * A textarea with the characters left shown as text and said politely after a pause. The field is described by the
 * limit, which does not change, as GOV.UK's is: described by the changing count, Orca read the hint and the count
 * again at every key typed.
 */
export function CharacterCount({ name, label, hint, error, value, limit, required, optional, onInput, charactersLeft, charactersOver, charactersLimit }: CharacterCountProps) {
  const left = limit - count(value);
  const message = left >= 0 ? charactersLeft(left) : charactersOver(-left);
  const [typing, setTyping] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!typing) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => announce(message), SPEAK_AFTER_MS);
    return () => clearTimeout(timer.current);
  }, [typing]);

  return (
    <TextArea
      name={name} label={label} hint={hint} error={error} value={value} rows={8} describedByAlso={`${name}-limit`} invalid={left < 0}
      required={required} optional={optional}
      onInput={(field, text) => {
        onInput(field, text);
        setTyping((n) => n + 1);
      }}
    >
      <p class="visually-hidden" id={`${name}-limit`}>{charactersLimit(limit)}</p>
      {/* Seen, and said through the announcer once typing pauses. */}
      <p class={`character-count${left < 0 ? ' character-count--over' : ''}`} id={`${name}-count`} aria-hidden="true">{message}</p>
    </TextArea>
  );
}
