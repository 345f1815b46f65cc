import type { ReactNode, MouseEvent } from 'react';
import { buildHash } from '../state/route';
import { useStore } from '../state/store';

/** An in-app link: a real `href` (so it can be opened in a new tab or copied) that keeps `lang`, `present` and `embed`. */
export function Link(props: {
  to: string;
  params?: Record<string, string | number | undefined>;
  className?: string;
  testId?: string;
  /** Accessible name, when the visible text is short. */
  label?: string;
  children: ReactNode;
}) {
  const current = useStore((s) => s.route.params);
  const navigate = useStore((s) => s.navigate);
  const keep = { lang: current.lang, present: current.present, embed: current.embed };
  const href = buildHash(props.to, { ...keep, ...props.params });
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.to, props.params);
  };
  return (
    <a href={href} className={props.className} data-testid={props.testId} aria-label={props.label} onClick={onClick}>
      {props.children}
    </a>
  );
}
