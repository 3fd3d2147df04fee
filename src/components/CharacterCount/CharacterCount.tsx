import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announce.ts';
import { TextArea } from '../Field/Field.tsx';
import './CharacterCount.css';

/** Spoken once the person pauses, never on every keystroke (GOV.UK's character count does the same). */
const SPEAK_AFTER_MS = 1500;

/** Characters as a person counts them: an emoji or a rare character outside the BMP is one, not two. */
const count = (text: string) => [...text].length;

interface CharacterCountProps {
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
}

/** A textarea with the characters left shown as text and said politely after a pause. */
export function CharacterCount({ name, label, hint, error, value, limit, onInput, charactersLeft, charactersOver }: CharacterCountProps) {
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
      name={name} label={label} hint={hint} error={error} value={value} rows={8} describedByAlso={`${name}-count`} invalid={left < 0}
      onInput={(field, text) => {
        onInput(field, text);
        setTyping((n) => n + 1);
      }}
    >
      <p class={`character-count${left < 0 ? ' character-count--over' : ''}`} id={`${name}-count`}>{message}</p>
    </TextArea>
  );
}
