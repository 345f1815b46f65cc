/**
 * SectionTabs: the phases of a lesson (e.g. valid → padding 1 → stride 2) as a WAI-ARIA tab list
 * (arrow keys, Home and End move and select; one tab stop). The lesson keeps the chosen section in
 * the link through its own parameters.
 *
 * @example
 * <SectionTabs label="Parts" sections={[{ id: 'valid', label: 'No padding' }, { id: 'pad', label: 'Padding 1' }]}
 *   value={section} onChange={(id) => setParams({ section: id })} />
 */
import { type KeyboardEvent, useRef } from 'react';

export interface LessonSection {
  id: string;
  label: string;
}

export interface SectionTabsProps {
  sections: LessonSection[];
  /** Selected section id; `undefined` when the state matches none (custom settings). */
  value: string | undefined;
  onChange(id: string): void;
  /** Accessible name of the tab list. */
  label: string;
  /** id of the element the tabs control (the lesson's visual). */
  controls?: string;
}

export function SectionTabs({ sections, value, onChange, label, controls }: SectionTabsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const selected = sections.findIndex((s) => s.id === value);
  const focusIndex = selected >= 0 ? selected : 0;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = sections.findIndex((s) => s.id === (e.target as HTMLElement).dataset.section);
    if (i < 0) return;
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % sections.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + sections.length) % sections.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = sections.length - 1;
    if (next < 0) return;
    e.preventDefault();
    e.stopPropagation();
    onChange(sections[next].id);
    ref.current?.querySelector<HTMLElement>(`[data-section="${sections[next].id}"]`)?.focus();
  };
  return (
    <div className="section-tabs" role="tablist" aria-label={label} ref={ref} onKeyDown={onKeyDown}>
      {sections.map((s, i) => (
        <button
          key={s.id}
          type="button"
          role="tab"
          data-section={s.id}
          data-testid={`section-${s.id}`}
          aria-selected={s.id === value}
          aria-controls={controls}
          tabIndex={i === focusIndex ? 0 : -1}
          onClick={() => onChange(s.id)}
        >
          {s.label}
        </button>
      ))}
    </div>
  );
}
