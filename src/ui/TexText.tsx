/**
 * TexText: prose with inline formulas between dollar signs, each typeset with KaTeX (Tex).
 * The rest is plain text.
 *
 * @example
 * <TexText text="The score $S_c = \\sum_k w_k^c F_k$ adds the pooled maps." />
 */
import { Fragment } from 'react';
import { Tex } from './Tex';

/** Pieces of `text`: plain strings and `{ tex }` for the parts between `$…$`. */
export function splitTex(text: string): (string | { tex: string })[] {
  const parts: (string | { tex: string })[] = [];
  const re = /\$([^$]+)\$/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push({ tex: m[1] });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** A readable label for a formula: `\sum` as Σ, braces and backslashes dropped. */
export function texLabel(tex: string): string {
  return tex.replace(/\\sum/g, 'Σ').replace(/\\cdot/g, '·').replace(/\\[a-zA-Z]+/g, '').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

export function TexText({ text }: { text: string }) {
  return (
    <>
      {splitTex(text).map((p, i) => (typeof p === 'string' ? <Fragment key={i}>{p}</Fragment> : <Tex key={i} tex={p.tex} label={texLabel(p.tex)} />))}
    </>
  );
}



export default TexText;
