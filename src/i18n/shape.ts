/**
 * The one message shape. A message file is nested objects whose leaves are strings; the English file of
 * a namespace defines its keys, and the Korean file is typed `Messages<typeof en>`, so a Korean file
 * with a missing or an extra key fails the type check.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** The dotted keys of a message tree's strings: `MessageKey<{ a: { b: string }; c: string }>` is `'a.b' | 'c'`. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];
