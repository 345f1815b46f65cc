/**
 * NumberField: a labelled whole-number input for lesson settings that keeps the last valid value.
 * What the learner types is checked at once: text that is not a whole number, or a number the
 * lesson refuses (`onCommit` returns a message, e.g. the core's RangeError in the learner's
 * language), shows a role="alert" message next to the field while the lesson keeps its last
 * valid state; a number it accepts is committed (usually into the link).
 *
 * @example
 * <NumberField testId="stride" label="Stride S" value={stride}
 *   notNumber={(text) => `“${text}” is not a whole number.`}
 *   onCommit={(n) => { try { check(n); set({ stride: n }); return null; } catch (e) { return message(e); } }} />
 */
import { type ReactNode, useId, useState } from 'react';

export interface NumberFieldProps {
  label: ReactNode;
  /** The committed value. */
  value: number;
  /** `data-testid` of the input. */
  testId?: string;
  /** Takes a whole number; returns null when accepted, or the message to show. */
  onCommit(value: number): string | null;
  /** The message for text that is not a whole number. */
  notNumber(text: string): string;
  disabled?: boolean;
  className?: string;
}

interface Draft {
  text: string;
  /** The committed value the draft was typed against (a new committed value discards it). */
  base: number;
  error: string | null;
}

export function NumberField(props: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const live = draft && draft.base === props.value ? draft : null;
  const error = live?.error ?? null;
  const onChange = (text: string) => {
    const t = text.trim().replace(/^[−–]/, '-');
    if (t === '' || t === '-') {
      setDraft({ text, base: props.value, error: null });
      return;
    }
    if (!/^-?\d+$/.test(t)) {
      setDraft({ text, base: props.value, error: props.notNumber(text) });
      return;
    }
    const n = Number(t);
    const problem = props.onCommit(n);
    setDraft({ text, base: props.value, error: problem });
  };
  const onBlur = () => {
    if (live && live.error === null) setDraft(null);
  };
  return (
    <div className={`control ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        data-testid={props.testId}
        value={live ? live.text : String(props.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        disabled={props.disabled}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {error && (
        <p role="alert" id={`${id}-error`} className="field-error" data-testid={props.testId ? `${props.testId}-error` : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
