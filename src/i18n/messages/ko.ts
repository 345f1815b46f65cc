import type { Messages } from '../shape';
import type { en } from './en';

/** Korean text shared by every page (namespace `common`): the same keys as en.ts, checked by the type. */
export const ko: Messages<typeof en> = {
  appName: 'CNN 교실',
  tagline: '합성곱 신경망을 한 단계씩, 강의의 숫자 그대로.',
  nav: { home: '수업', train: 'MNIST 학습', draw: '숫자 그리기', skip: '본문으로 건너뛰기' },
  lang: { label: '언어', ko: '한국어', en: 'English' },
  present: { on: '발표 모드', off: '발표 모드 끝내기' },
  copyLink: { label: '링크 복사', done: '링크를 복사했습니다', failed: '복사하지 못했습니다: 주소창을 선택해 복사하세요' },
  home: {
    lessons: '수업',
    lessonsIntro: '각 수업은 연산 하나를 강의 자료의 숫자로 한 단계씩 보여 줍니다. 모든 단계에 링크가 있습니다.',
    labs: '직접 해 보기',
    trainTitle: 'MNIST로 CNN 학습하기',
    trainText: 'LeNet-5나 강의의 Keras 모델을 손글씨 숫자 60,000장으로 이 탭에서 바로 학습합니다.',
    drawTitle: '숫자 그리기',
    drawText: '숫자를 그리면 신경망이 분류하고, 각 층이 보는 것을 보여 줍니다.',
    compareTitle: '두 모델 비교',
    compareText: '내 그림과 테스트 숫자 10,000개로 두 모델을 나란히 봅니다. 어느 쪽이 나은지, 어디서 다른지 확인합니다.',
    lessonNumber: '수업 {{n}}',
  },
  ignored: '링크의 {{key}}={{value}} 값은 올바르지 않아 무시하고 기본값을 씁니다.',
  notFound: { title: '페이지를 찾을 수 없습니다', text: '{{path}}에는 페이지가 없습니다.', back: '수업 목록으로' },
  error: { title: '이 페이지에서 문제가 생겼습니다', retry: '다시 시도', details: '자세히' },
  loading: '불러오는 중…',
  offline: {
    ready: '오프라인에서도 쓸 수 있습니다',
    title: '수업 전에: 오프라인 준비',
    intro: '수업은 한 번 열고 나면 오프라인에서도 볼 수 있습니다. 학습과 숫자 그리기에는 tfjs, 모델, MNIST 데이터(약 14 MB)가 필요합니다: 그 페이지를 한 번 열면 저장되고, 이 버튼으로 한꺼번에 저장할 수도 있습니다.',
    button: '모두 오프라인에서 쓸 수 있게 저장',
    working: '오프라인용으로 저장하는 중: 파일 {{total}}개 중 {{done}}개 ({{size}})…',
    done: '모두 오프라인에서 쓸 수 있습니다 (파일 {{files}}개, 이번에 {{size}} 내려받음).',
    failed: '오프라인용 저장에 실패했습니다: {{message}}. 네트워크 연결을 확인하고 버튼을 다시 누르세요.',
    noWorker: '오프라인 저장에는 앱의 서비스 워커가 필요한데, 이 브라우저에서는 실행되고 있지 않습니다 (개발 서버, 일부 비공개 창, 서비스 워커를 막는 브라우저).',
  },
};
