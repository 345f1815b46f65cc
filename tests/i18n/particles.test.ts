import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { endingOf, particleFor, withParticle } from '../../src/i18n/particles';

describe('Korean particles after a value', () => {
  it('digits as read in Sino-Korean: 1을 2를 3을 4를 5를 6을 7을 8을 9를 0을', () => {
    const got = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) => withParticle(d, '을'));
    expect(got).toEqual(['1을', '2를', '3을', '4를', '5를', '6을', '7을', '8을', '9를', '0을']);
  });

  it('round numbers: 10 십, 20 이십, 100 백, 1000 천, 10000 만, 1억 조 …', () => {
    expect(['10', '20', '100', '1000', '10000', '100000', '100000000'].map((n) => particleFor(n, '을'))).toEqual(
      Array(7).fill('을'),
    );
    expect(particleFor('1000000000000', '을')).toBe('를'); // 1조
    expect(withParticle(36, '과')).toBe('36과'); // 삼십육
    expect(withParticle(12, '과')).toBe('12와'); // 십이
    expect(withParticle(931, '이')).toBe('931이');
    expect(withParticle(2024, '은')).toBe('2024는');
    expect(withParticle('7,680,064', '을')).toBe('7,680,064를'); // … 육십사
    expect(withParticle('10,000', '이')).toBe('10,000이'); // 만
    expect(withParticle('1,000,000,000,000', '이')).toBe('1,000,000,000,000가'); // 1조
  });

  it('decimals end with their last digit read alone, and percentages with 퍼센트', () => {
    expect(withParticle('0.5', '이')).toBe('0.5가');
    expect(withParticle('0.25', '은')).toBe('0.25는');
    expect(withParticle('2.10', '을')).toBe('2.10을'); // 이 점 일 영
    expect(withParticle('−0.33', '으로')).toBe('−0.33으로'); // 삼
    expect(withParticle('98.5%', '이')).toBe('98.5%가');
  });

  it('으로/로: 로 after a vowel and after ㄹ (1, 7, 8, 물, L), 으로 after any other final consonant', () => {
    expect(['1', '7', '8', '2', '3', '6', '10'].map((n) => withParticle(n, '으로'))).toEqual([
      '1로', '7로', '8로', '2로', '3으로', '6으로', '10으로',
    ]);
    expect(withParticle('필터', '으로')).toBe('필터로');
    expect(withParticle('합성곱', '으로')).toBe('합성곱으로');
    expect(withParticle('평균 풀', '으로')).toBe('평균 풀로');
    expect(withParticle('L', '으로')).toBe('L로');
  });

  it('Hangul syllables with and without 받침', () => {
    expect(withParticle('패딩', '을')).toBe('패딩을');
    expect(withParticle('필터', '을')).toBe('필터를');
    expect(withParticle('왼쪽 모델', '이')).toBe('왼쪽 모델이');
    expect(withParticle('오른쪽 모델', '은')).toBe('오른쪽 모델은');
    expect(withParticle('바지', '이')).toBe('바지가');
    expect(withParticle('사과', '과')).toBe('사과와');
    expect(withParticle('귤', '과')).toBe('귤과');
  });

  it('Latin letters by their names, capitals as initials, words by their ending', () => {
    expect(['A', 'B', 'F', 'L', 'M', 'N', 'R', 'S', 'X'].map((l) => particleFor(l, '이'))).toEqual([
      '가', '가', '가', '이', '이', '이', '이', '가', '가',
    ]);
    expect(withParticle('CAM', '을')).toBe('CAM을'); // 씨에이엠
    expect(withParticle('VGG', '은')).toBe('VGG는'); // 브이지지
    expect(withParticle('Adam', '으로')).toBe('Adam으로');
    expect(withParticle('AlexNet', '이')).toBe('AlexNet이'); // 넷
    expect(withParticle('Keras', '을')).toBe('Keras를');
    expect(withParticle('wasm', '을')).toBe('wasm을');
    expect(withParticle('webgl', '으로')).toBe('webgl로');
    expect(withParticle('LeNet-5', '과')).toBe('LeNet-5와');
  });

  it('skips closing brackets and quotes: (1, 2)를, (1, 3)을, “2”를', () => {
    expect(withParticle('(1, 2)', '을')).toBe('(1, 2)를');
    expect(withParticle('(1, 3)', '을')).toBe('(1, 3)을');
    expect(withParticle('(0, 0)', '은')).toBe('(0, 0)은');
    expect(withParticle('“2”', '을')).toBe('“2”를');
    expect(endingOf('[28, 28]')).toBe('rieul');
  });

  it('writes out both forms when the reading is unknown', () => {
    expect(withParticle('★', '을')).toBe('★을(를)');
    expect(withParticle('', '이')).toBe('이(가)');
  });

  it('is an i18next format: "{{n, 을}}" or "{{n, 를}}" in a Korean message', () => {
    const t = i18n.getFixedT('ko');
    expect(t('{{n, 을}} 두른 이미지', { n: 2 } as never)).toBe('2를 두른 이미지');
    expect(t('패딩 {{p, 를}}', { p: 1 } as never)).toBe('패딩 1을');
    expect(t('{{a, 과}} {{b, 이}}', { a: 36, b: 'X' } as never)).toBe('36과 X가');
    expect(t('{{c, 로}}', { c: 7 } as never)).toBe('7로');
    expect(t('{{c, 는}}', { c: '(1, 2)' } as never)).toBe('(1, 2)는');
  });
});
