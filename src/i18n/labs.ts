// Strings of the lab tasks (issue 13): the task cards in the notes, the task panel, the practice page
// and the mock exam. Plain data ({placeholders} are filled by components/sim/format.ts), passed to the
// browser as the page language's dictionary only. Korean UI labels are short (see korean-terms.md).

export interface LabStrings {
  /** The heading above a note's tasks. */
  heading: string;
  intro: string;
  level: string;
  levels: Record<1 | 2 | 3, string>;
  /** Opens the task's own cluster; {title} names the task for screen readers. */
  open: string;
  close: string;
  check: string;
  checkLabel: string;
  hint: string;
  /** {n} of {total} hints shown. */
  hintCount: string;
  noMoreHints: string;
  showSolution: string;
  solutionHeading: string;
  solutionNote: string;
  reset: string;
  resetDone: string;
  answerLabel: string;
  resultLabel: string;
  passed: string;
  passedWithSolution: string;
  failed: string;
  checking: string;
  loading: string;
  loadFailed: string;
  taskRegion: string;
  terminalNote: string;
  run: string;
  file: string;
  status: { solved: string; solvedWithSolution: string; attempted: string; open: string };
  practice: {
    progress: string;
    noteHeading: string;
    export: string;
    import: string;
    importDone: string;
    importError: string;
    forget: string;
    forgetConfirm: string;
    forgetDone: string;
    tasksIn: string;
    toNote: string;
    examLink: string;
  };
  exam: {
    minutes: string;
    seed: string;
    start: string;
    remaining: string;
    taskList: string;
    flag: string;
    unflag: string;
    flagged: string;
    finish: string;
    finishConfirm: string;
    timeUp: string;
    score: string;
    feedback: string;
    again: string;
    previous: string;
    next: string;
    taskOf: string;
    shareLink: string;
    seedInvalid: string;
    pastResults: string;
    noPastResults: string;
    pass: string;
    fail: string;
  };
}

export const labsKo: LabStrings = {
  heading: '시뮬레이션 클러스터 과제',
  intro: '과제마다 자기 클러스터가 따로 열린다. 채점은 입력한 명령이 아니라 클러스터의 상태를 본다.',
  level: '난이도',
  levels: { 1: '명령 하나', 2: '몇 단계', 3: '여러 단계' },
  open: '과제 열기',
  close: '닫기',
  check: '채점',
  checkLabel: '채점: {title}',
  hint: '힌트',
  hintCount: '힌트 {n}/{total}',
  noMoreHints: '힌트를 모두 보았다.',
  showSolution: '풀이 보기',
  solutionHeading: '풀이',
  solutionNote: '풀이를 본 뒤에 통과하면 "풀이 보고 통과"로 기록된다.',
  reset: '초기화',
  resetDone: '클러스터를 과제의 시작 상태로 되돌렸다.',
  answerLabel: '답',
  resultLabel: '채점 결과: {title}',
  passed: '✔ 통과',
  passedWithSolution: '✔ 통과 (풀이 보고)',
  failed: '✘ 아직이다',
  checking: '채점 중…',
  loading: '클러스터를 준비하는 중…',
  loadFailed: '시뮬레이션을 불러오지 못했다. 네트워크를 확인하고 과제를 다시 열어 보자.',
  taskRegion: '과제: {title}',
  terminalNote: '이 터미널은 이 과제의 클러스터에서만 명령을 실행한다.',
  run: '실행: {cmd}',
  file: '파일 {name}',
  status: { solved: '통과', solvedWithSolution: '풀이 보고 통과', attempted: '시도함', open: '안 풀었음' },
  practice: {
    progress: '{solved}/{total} 통과 (풀이 보고 통과 {withSolution})',
    noteHeading: '{title}',
    export: '진도 내보내기',
    import: '진도 가져오기',
    importDone: '진도를 가져왔다: 과제 {n}개.',
    importError: '가져오지 못했다: {reason}',
    forget: '진도 지우기',
    forgetConfirm: '이 브라우저에 저장된 과제 진도를 모두 지운다. 계속할까?',
    forgetDone: '진도를 지웠다.',
    tasksIn: '과제 {n}개',
    toNote: '노트로',
    examLink: '모의 시험 보기',
  },
  exam: {
    minutes: '시간(분)',
    seed: '시드',
    start: '시험 시작',
    remaining: '남은 시간',
    taskList: '과제 목록',
    flag: '표시',
    unflag: '표시 해제',
    flagged: '표시함',
    finish: '시험 끝내기',
    finishConfirm: '시험을 끝내고 채점할까?',
    timeUp: '시간이 끝났다. 채점했다.',
    score: '점수: {passed}/{total} ({percent}%)',
    feedback: '과제별 결과',
    again: '같은 시험 다시 보기',
    previous: '이전',
    next: '다음',
    taskOf: '과제 {n}/{total}',
    shareLink: '이 시험의 링크(같은 시드, 같은 과제)',
    seedInvalid: '시드는 0 이상의 정수여야 한다.',
    pastResults: '지난 결과',
    noPastResults: '아직 결과가 없다.',
    pass: '통과',
    fail: '실패',
  },
};

export const labsEn: LabStrings = {
  heading: 'Tasks on the simulated cluster',
  intro: 'Each task opens a cluster of its own. Grading reads the cluster’s state, not the commands you typed.',
  level: 'Level',
  levels: { 1: 'one command', 2: 'a few steps', 3: 'multi-step' },
  open: 'Open task',
  close: 'Close',
  check: 'Check',
  checkLabel: 'Check: {title}',
  hint: 'Hint',
  hintCount: 'Hint {n}/{total}',
  noMoreHints: 'No more hints.',
  showSolution: 'Show solution',
  solutionHeading: 'Solution',
  solutionNote: 'Passing after the solution was shown is recorded as “solved with the solution”.',
  reset: 'Reset',
  resetDone: 'The cluster is back at the task’s start.',
  answerLabel: 'Answer',
  resultLabel: 'Result: {title}',
  passed: '✔ Passed',
  passedWithSolution: '✔ Passed (solution shown)',
  failed: '✘ Not yet',
  checking: 'Checking…',
  loading: 'Preparing the cluster…',
  loadFailed: 'The simulation could not be loaded. Check the network and open the task again.',
  taskRegion: 'Task: {title}',
  terminalNote: 'This terminal runs commands in this task’s cluster only.',
  run: 'Run: {cmd}',
  file: 'File {name}',
  status: { solved: 'Solved', solvedWithSolution: 'Solved with the solution', attempted: 'Attempted', open: 'Not solved' },
  practice: {
    progress: '{solved}/{total} solved ({withSolution} with the solution shown)',
    noteHeading: '{title}',
    export: 'Export progress',
    import: 'Import progress',
    importDone: 'Progress imported: {n} tasks.',
    importError: 'Could not import: {reason}',
    forget: 'Forget my progress',
    forgetConfirm: 'This deletes all task progress saved in this browser. Continue?',
    forgetDone: 'Progress forgotten.',
    tasksIn: '{n} tasks',
    toNote: 'To the note',
    examLink: 'Take a mock exam',
  },
  exam: {
    minutes: 'Minutes',
    seed: 'Seed',
    start: 'Start the exam',
    remaining: 'Time left',
    taskList: 'Tasks',
    flag: 'Flag',
    unflag: 'Unflag',
    flagged: 'flagged',
    finish: 'Finish the exam',
    finishConfirm: 'Finish the exam and grade it?',
    timeUp: 'Time is up. The exam has been graded.',
    score: 'Score: {passed}/{total} ({percent}%)',
    feedback: 'Result per task',
    again: 'Take the same exam again',
    previous: 'Previous',
    next: 'Next',
    taskOf: 'Task {n} of {total}',
    shareLink: 'Link to this exam (same seed, same tasks)',
    seedInvalid: 'The seed must be a whole number, 0 or more.',
    pastResults: 'Past results',
    noPastResults: 'No results yet.',
    pass: 'passed',
    fail: 'failed',
  },
};

export function labStrings(lang: 'ko' | 'en'): LabStrings {
  return lang === 'ko' ? labsKo : labsEn;
}
