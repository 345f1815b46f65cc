import { useStore } from '../state/store';

/** The language on screen (`ko` or `en`), for a view that formats numbers or words itself. */
export function useLang(): 'ko' | 'en' {
  return useStore((s) => s.lang);
}
