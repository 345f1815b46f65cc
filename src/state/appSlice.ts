import type { StateCreator } from 'zustand';
import { buildHash, parseHash, type Route } from './route';
import { globalParams, parseParams, type IgnoredParam } from './params';

export type Lang = 'ko' | 'en';

/** Where the app is (the hash route) and the settings every page shares. */
export interface AppSlice {
  route: Route;
  /** Interface language; `lang=` in the link wins, then the learner's choice, then the browser. */
  lang: Lang;
  /** Presentation mode (`present=1`, key F): large type, high contrast, no chrome. */
  present: boolean;
  /** Embedded in a slide (`embed=1`): no app chrome. */
  embed: boolean;
  /** Global parameters in the link that were malformed and ignored. */
  ignoredGlobal: IgnoredParam[];
  /** Called on every hash change. */
  syncFromHash(hash: string): void;
  /** Go to another page (adds a history entry); global parameters are carried over. */
  navigate(path: string, params?: Record<string, string | number | undefined>): void;
  /** Change query parameters of the current page (replaces the history entry): undefined removes one. */
  setParams(patch: Record<string, string | number | undefined | null>): void;
  setLang(lang: Lang): void;
  setPresent(present: boolean): void;
}

const LANG_KEY = 'cnn-classroom.lang';

function storedLang(): Lang | undefined {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === 'ko' || v === 'en' ? v : undefined;
  } catch {
    return undefined;
  }
}

function browserLang(): Lang {
  const langs = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'ko'];
  for (const l of langs) {
    if (l?.toLowerCase().startsWith('ko')) return 'ko';
    if (l?.toLowerCase().startsWith('en')) return 'en';
  }
  return 'ko';
}

function writeHash(hash: string, push: boolean) {
  if (typeof window === 'undefined') return;
  if (window.location.hash === hash) return;
  if (push) window.location.hash = hash;
  else window.history.replaceState(window.history.state, '', hash);
}

export const createAppSlice: StateCreator<AppSlice, [], [], AppSlice> = (set, get) => {
  const initial = parseHash(typeof window === 'undefined' ? '' : window.location.hash);
  const fromLink = parseParams(globalParams, initial.params);
  return {
    route: initial,
    lang: initial.params.lang && !fromLink.ignored.some((i) => i.key === 'lang') ? fromLink.values.lang : storedLang() ?? browserLang(),
    present: fromLink.values.present,
    embed: fromLink.values.embed,
    ignoredGlobal: fromLink.ignored,
    syncFromHash(hash) {
      const route = parseHash(hash);
      const { values, ignored } = parseParams(globalParams, route.params);
      const langInLink = route.params.lang !== undefined && !ignored.some((i) => i.key === 'lang');
      set({
        route,
        lang: langInLink ? values.lang : get().lang,
        present: values.present,
        embed: values.embed,
        ignoredGlobal: ignored,
      });
    },
    navigate(path, params = {}) {
      const keep: Record<string, string | undefined> = {};
      const cur = get().route.params;
      for (const k of ['lang', 'present', 'embed']) keep[k] = cur[k];
      const hash = buildHash(path, { ...keep, ...params });
      set({ route: parseHash(hash) });
      writeHash(hash, true);
    },
    setParams(patch) {
      const { route } = get();
      const merged: Record<string, string | number | undefined | null> = { ...route.params, ...patch };
      const hash = buildHash(route.path, merged);
      set({ route: parseHash(hash) });
      writeHash(hash, false);
    },
    setLang(lang) {
      try {
        globalThis.localStorage?.setItem(LANG_KEY, lang);
      } catch {
        // private mode: the choice lasts for this visit
      }
      set({ lang });
      if (get().route.params.lang !== undefined) get().setParams({ lang });
    },
    setPresent(present) {
      set({ present });
      get().setParams({ present: present ? 1 : undefined });
    },
  };
};
