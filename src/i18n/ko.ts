import type { UiStrings } from './ui.ts';
import { simKo } from './sim.ts';

export const ko: UiStrings = {
  site: {
    checkedAgainst: (version) => `쿠버네티스 v${version} 기준으로 확인함`,
    notesHeading: '노트 목록',
    noteListLabel: '학습 순서대로 본 노트 목록',
    glossaryTaughtIn: '다루는 노트',
    glossaryOtherName: '영어',
  },
  sim: simKo,
};
