/**
 * The Korean vocabulary of docs/glossary-ko.md as rules: each rule names the chosen form and a pattern that
 * finds a rejected form in a Korean message. `allow` lists the messages (`namespace:key`) where the lecture
 * itself uses the other word, with the reason in the glossary.
 */
export interface GlossaryRule {
  term: string;
  use: string;
  rejected: RegExp;
  /** A Korean text the rule must flag (tests/i18n/glossary-ko.test.ts checks that it does). */
  planted: string;
  allow?: { keys?: readonly string[]; namespaces?: readonly string[] };
}

/** A particle written straight after a placeholder, or the written-out pair: both go through "{{x, 을}}". */
const PARTICLE = '(?:을|를|이|가|은|는|와|과|으로|로)';

export const GLOSSARY_RULES: readonly GlossaryRule[] = [
  { term: 'epoch', use: '에포크', rejected: /에폭/, planted: '3번째 에폭 후' },
  { term: 'stride', use: '스트라이드', rejected: /stride/i, planted: '2×2 창, stride 2' },
  {
    term: 'filter / kernel',
    use: '필터 (커널 only as 필터(커널), or where the lecture says Kernel: the kernel playground, a filter’s kernel slices)',
    rejected: /(?<!필터\()커널(?! (조각|놀이터))/,
    planted: '3×3 커널을 올려 봅시다',
    allow: { namespaces: ['kernels'], keys: ['draw:share.kernelsText'] },
  },
  { term: 'feature map', use: '활성화 맵', rejected: /(특성|특징|피처|특징맵|특성맵) ?맵/, planted: '마지막 특성 맵' },
  {
    term: 'lesson (the app’s) vs lecture (the source)',
    use: '수업 for a lesson of this app, 강의 for the lecture',
    rejected: /^강의$|(이|다음|이전|각) 강의(?!\s*(자료|슬라이드|텍스트))|강의 (목록|영역)|라는 강의|강의를 클릭|(풀링|패턴 찾기) 강의|강의(는|를|가)? (처음 )?(한 번 )?(열|여)/,
    planted: '다음 강의에서 자세히 봅니다',
  },
  { term: 'test image / test set', use: '테스트 이미지, 테스트 세트, 테스트 정확도', rejected: /시험(?!하|해|했)/, planted: '시험 이미지 10,000장' },
  { term: 'network (neural)', use: '신경망 (네트워크 only for the Internet connection)', rejected: /네트워크(?! 연결)/, planted: '네트워크 안쪽' },
  { term: 'colour legend', use: '색 범례', rejected: /색 ?눈금/, planted: '색 눈금' },
  { term: 'pause', use: '일시 정지', rejected: /일시정지/, planted: '일시정지됨' },
  { term: 'fully connected layer', use: '완전 연결층', rejected: /완전연결|완전 연결 층/, planted: '완전연결층 크기' },
  {
    term: 'particle after a placeholder',
    use: '{{x, 을}}, {{x, 이}}, {{x, 은}}, {{x, 과}}, {{x, 으로}} (src/i18n/particles.ts)',
    rejected: new RegExp(`\\}\\}\\)?${PARTICLE}(?![가-힣])|을\\(를\\)|이\\(가\\)|은\\(는\\)|와\\(과\\)|과\\(와\\)|\\(으\\)로`),
    planted: '패딩 {{p}}을 두른 이미지',
  },
  {
    term: 'particle after a quoted placeholder',
    use: 'name the thing after the quotation: “{{text}}” 값은, “{{name}}” 파일은, “{{id}}” 수업은',
    rejected: new RegExp(`\\}\\}[”’"']\\s?(?:이라는|라는|이라고|라고|${PARTICLE})(?![가-힣])`),
    planted: '“{{text}}”는 숫자가 아닙니다.',
  },
  { term: 'snapshot', use: '스냅숏 (the 국립국어원 spelling, as on #/train)', rejected: /스냅샷/, planted: '스냅샷 40개' },
  { term: 'learning-rate schedule', use: '학습률 스케줄, 원 사이클', rejected: /스케쥴|원사이클|원-사이클/, planted: '원사이클 스케쥴' },
  { term: 'label smoothing', use: '레이블 스무딩', rejected: /라벨 ?스무딩|레이블 ?평활|레이블스무딩/, planted: '라벨 스무딩 0.1' },
  { term: 'label / augmentation', use: '레이블, 데이터 증강', rejected: /라벨|어그멘테이션/, planted: '라벨 7' },
  { term: 'printed on the slide', use: '슬라이드에 적힌 / 적혀 있습니다 (인쇄 only for the print button)', rejected: /인쇄(되|된)/, planted: '슬라이드에 인쇄된 요약' },
  { term: 'ε (read 엡실론)', use: 'ε을, ε은, ε이, ε과, ε으로', rejected: /ε′?(를|는|가|와|로)(?![가-힣])/, planted: '가장 작은 ε를 찾습니다' },
  {
    term: '합니다체',
    use: '-ㅂ니다 / -습니다 for statements, -세요 for requests (no 해요체 statement, no -죠, no -십시오)',
    rejected: /[가-힣](어요|아요|해요|에요|예요|워요|돼요|네요|군요|죠|십시오)(?=[.!?,)]|\s|$)/,
    planted: '여기서 다시 할 수 있어요.',
  },
];

/** The rules that `text` (message `id`, "namespace:key") breaks. */
export function brokenRules(id: string, text: string): GlossaryRule[] {
  const ns = id.slice(0, id.indexOf(':'));
  const allowed = (r: GlossaryRule) =>
    r.allow?.keys?.includes(id) || r.allow?.namespaces?.some((n) => n === ns || id.startsWith(`registry:${n}.`));
  // Placeholder names are code ({{stride}}); a note in brackets right after a word, 필터(모두 1/{{n}})로, leaves
  // the particle to that word.
  const read = text.replace(/\{\{\s*\w+/g, '{{x').replace(/(?<=[가-힣])\([^()]*\)/g, '');
  return GLOSSARY_RULES.filter((r) => r.rejected.test(read) && !allowed(r));
}
