/**
 * Korean particles after a value that is only known at run time ("{{n}}을" must read 1을, 2를, 10을).
 * A particle pair is chosen from how the value's last part is read aloud: a Hangul syllable by its
 * final consonant (받침), a number as Sino-Korean (1 일, 2 이, 10 십, 100 백, 0.5 … 오), a Latin letter
 * by its English name (L 엘, M 엠, N 엔, R 알), a Latin word by a rough reading of its ending (Net 넷).
 * Closing brackets and quotes are skipped: "(1, 2)" is read as ending in 2, so "(1, 2)를".
 */

/** The pairs: [after a final consonant, after a vowel]. 으로/로 also takes 로 after ㄹ. */
export const PARTICLES = {
  을: ['을', '를'],
  이: ['이', '가'],
  은: ['은', '는'],
  과: ['과', '와'],
  으로: ['으로', '로'],
} as const;

export type Particle = keyof typeof PARTICLES;

/** How a value ends when read aloud: no final consonant, ㄹ, another final consonant, or unknown. */
export type Ending = 'vowel' | 'rieul' | 'consonant' | 'unknown';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Index of ㄹ among the 28 finals (0 = none). */
const FINAL_RIEUL = 8;

/** Sino-Korean reading of a last digit 1-9: 일 ㄹ, 이, 삼 ㅁ, 사, 오, 육 ㄱ, 칠 ㄹ, 팔 ㄹ, 구. */
const DIGIT: Record<string, Ending> = {
  '0': 'consonant', // 영
  '1': 'rieul',
  '2': 'vowel',
  '3': 'consonant',
  '4': 'vowel',
  '5': 'vowel',
  '6': 'consonant',
  '7': 'rieul',
  '8': 'rieul',
  '9': 'vowel',
};

/** Round numbers end in 십 ㅂ, 백 ㄱ or 천 ㄴ, or by groups of four zeros in 만 ㄴ, 억 ㄱ, 조. */
const MYRIADS: Ending[] = ['consonant', 'consonant', 'vowel']; // 만, 억, 조

/** English letter names as read in Korean: 엘 and 알 end in ㄹ; 엠, 엔 in a consonant; the rest in a vowel. */
const LETTER: Record<string, Ending> = { l: 'rieul', r: 'rieul', m: 'consonant', n: 'consonant' };

/** Subscript digits are read as digits: a₁ 에이 일, M₃ 엠 삼. */
const SUBSCRIPTS: Record<string, string> = Object.fromEntries([...'₀₁₂₃₄₅₆₇₈₉'].map((d, i) => [d, String(i)]));

const CLOSERS = /[\s)\]}'"”’»」』〉>.,!?…:;]+$/u;

function hangulEnding(code: number): Ending {
  const final = (code - HANGUL_FIRST) % 28;
  if (final === 0) return 'vowel';
  return final === FINAL_RIEUL ? 'rieul' : 'consonant';
}

function numberEnding(digits: string): Ending {
  const [whole, fraction] = digits.split('.');
  // After a decimal point every digit is read on its own: 0.5 영 점 오, 2.10 이 점 일 영.
  if (fraction !== undefined && fraction !== '') return DIGIT[fraction[fraction.length - 1]];
  const trimmed = whole.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(trimmed)) return 'consonant'; // 영
  const zeros = trimmed.length - trimmed.replace(/0+$/, '').length;
  if (zeros === 0) return DIGIT[trimmed[trimmed.length - 1]];
  if (zeros % 4 !== 0) return 'consonant';
  return MYRIADS[Math.min(zeros / 4, MYRIADS.length) - 1];
}

function latinEnding(word: string): Ending {
  // One letter, or capitals only (CAM, VGG, FC): letter names.
  if (word.length === 1 || /^[A-Z]+$/.test(word)) return LETTER[word[word.length - 1].toLowerCase()] ?? 'vowel';
  const w = word.toLowerCase();
  if (w.endsWith('l')) return 'rieul'; // pool 풀
  if (/(ng|[mn])$/.test(w)) return 'consonant'; // Adam 아담, bin 빈
  if (/[aeiou][bdgkpt]$/.test(w)) return 'consonant'; // Net 넷, stack 스택
  return 'vowel'; // Keras 케라스, softmax 소프트맥스, ReLU 렐루
}

/** How the value reads at its end, after skipping closing brackets, quotes and punctuation. */
export function endingOf(value: string): Ending {
  const s = value
    .replace(/[₀-₉]/gu, (d) => SUBSCRIPTS[d])
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1') // 7,680,064
    .replace(CLOSERS, '');
  if (s === '') return 'unknown';
  const last = s.codePointAt(s.length - 1) ?? 0;
  if (last >= HANGUL_FIRST && last <= HANGUL_LAST) return hangulEnding(last);
  const number = /(\d+(?:\.\d+)?)%?$/.exec(s);
  if (number) return s.endsWith('%') ? 'vowel' : numberEnding(number[1]); // 퍼센트
  const latin = /[A-Za-z]+$/.exec(s);
  if (latin) return latinEnding(latin[0]);
  return 'unknown';
}

/** The particle that agrees with `value`; the written-out pair, e.g. 을(를), when the reading is unknown. */
export function particleFor(value: string, particle: Particle): string {
  const [afterConsonant, afterVowel] = PARTICLES[particle];
  const ending = endingOf(value);
  if (ending === 'unknown') return `${afterConsonant}(${afterVowel})`;
  if (ending === 'vowel') return afterVowel;
  if (ending === 'rieul' && particle === '으로') return afterVowel;
  return afterConsonant;
}

/** `value` followed by the agreeing particle: withParticle(2, '을') is "2를", withParticle('(1, 3)', '을') "(1, 3)을". */
export function withParticle(value: string | number, particle: Particle): string {
  const s = String(value);
  return `${s}${particleFor(s, particle)}`;
}

/** Every name a message may use after a comma, e.g. "{{n, 을}}" or "{{n, 를}}": both forms of a pair. */
export const PARTICLE_FORMATS: Record<string, Particle> = Object.fromEntries(
  (Object.entries(PARTICLES) as [Particle, readonly [string, string]][]).flatMap(([p, pair]) => pair.map((form) => [form, p])),
);
