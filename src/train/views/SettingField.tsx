import { useState } from 'react';

export interface SettingFieldProps {
  id: string;
  label: string;
  /** The value in effect (from the link). */
  value: number;
  /** Parses the typed text; undefined = not acceptable. */
  parse(raw: string): number | undefined;
  /** The message shown next to the field when the typed text is not acceptable. */
  error: string;
  onCommit(value: number): void;
  disabled?: boolean;
  step?: number | 'any';
  min?: number;
  max?: number;
  testId?: string;
  /** A note under the field (e.g. why it is disabled), read with it by screen readers. */
  hint?: string;
}

/**
 * A number setting: the learner's text is kept while typing; a valid value is applied at once,
 * an invalid one shows `error` next to the field (role="alert") and the value in effect stays.
 */
export function SettingField(p: SettingFieldProps) {
  const [draft, setDraft] = useState(String(p.value));
  const [shownFor, setShownFor] = useState(p.value);
  if (shownFor !== p.value) {
    setShownFor(p.value);
    if (p.parse(draft) !== p.value) setDraft(String(p.value));
  }
  const invalid = p.parse(draft) === undefined;
  return (
    <div className="field">
      <label htmlFor={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="number"
        inputMode={p.step === 'any' ? 'decimal' : 'numeric'}
        step={p.step ?? 1}
        min={p.min}
        max={p.max}
        value={draft}
        disabled={p.disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={[invalid ? `${p.id}-err` : '', p.hint ? `${p.id}-hint` : ''].filter(Boolean).join(' ') || undefined}
        data-testid={p.testId}
        onChange={(e) => {
          setDraft(e.target.value);
          const v = p.parse(e.target.value);
          if (v !== undefined && v !== p.value) {
            setShownFor(v);
            p.onCommit(v);
          }
        }}
      />
      {p.hint && <p id={`${p.id}-hint`} className="small field-hint">{p.hint}</p>}
      {invalid && <p id={`${p.id}-err`} role="alert" className="field-error">{p.error}</p>}
    </div>
  );
}
