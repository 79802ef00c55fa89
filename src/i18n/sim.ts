// Strings of the simulation player island (components/sim), one dictionary per language.
// Plain data (placeholders like {name} are filled by components/sim/format.ts) so that Sim.astro can
// pass the page language's dictionary to the island as a prop instead of bundling both languages.
// Phase and status values (Running, Pending, ContainerCreating, ...) stay in English in both
// languages, as in kubectl and the official Korean documentation.

export interface SimStrings {
  /** The Run button that Expressive Code adds to ```sh run blocks. */
  /** titleFails: the title of a block marked `fails` (its error is expected). */
  runButton: { label: string; title: string; titleFails: string };
  region: string;
  /** The link near the top of a note that skips to its simulation. */
  skipToSim: string;
  noscript: string;
  stepsHeading: string;
  diagramAlt: string;
  simplified: string;
  engineError: string;
  /** Shown while the engine is fetched (it loads on the reader's first interaction with the player). */
  engineLoading: string;
  /** The engine could not be fetched (offline, a failed request); the retry button follows. */
  engineLoadFailed: string;
  retry: string;
  /** Share links (`#sim=…` in the address). */
  link: {
    /** A link that could not be restored; {reason} is one of the three below. The player starts clean. */
    refused: string;
    malformed: string;
    tooLarge: string;
    tooFar: string;
    /** A restored link: {p} = step, {n} = the reader's recorded commands and faults. */
    restored: string;
  };
  controls: {
    label: string;
    reset: string;
    /** After a reset: the note's start is back, and the run before it can be restored. */
    resetDone: string;
    undoReset: string;
    back: string;
    play: string;
    pause: string;
    forward: string;
    skip: string;
    /** The skip button's visible text. */
    skipShort: string;
    /** The clock's mode: live (virtual time follows the wall clock, {s} = speed) or paused (studying step by step). */
    live: string;
    paused: string;
    skipBackground: string;
    speed: string;
    timeline: string;
    /** The position readout: at step 0, at the last recorded step, and in the recorded past. */
    stepStart: string;
    stepAt: string;
    step: string;
    time: string;
    share: string;
    shareCopied: string;
    shareFailed: string;
    forked: string;
  };
  help: {
    open: string;
    title: string;
    close: string;
    shortcuts: [string, string][];
    terminalNote: string;
  };
  tabs: {
    label: string;
    terminal: string;
    log: string;
    inspector: string;
    etcd: string;
    scheduler: string;
    kubeProxy: string;
    rollout: string;
    faults: string;
  };
  narration: {
    label: string;
    start: string;
    guide: string;
    run: string;
    from: string;
    /** The background events a step went past: {n} in all, {kinds} = "raft-tick 8, heartbeat 4". */
    passed: string;
  };
  terminal: {
    label: string;
    input: string;
    output: string;
    copy: string;
    copied: string;
    running: string;
    hint: string;
    helpText: string;
    candidates: string;
    /** Announces the lines typed so far of a command that goes on (a here-document). */
    continued: string;
    /** The simulation's own notice for something it does not model; {subject} is the tool's words (kept as typed). */
    notAvailable: string;
    /** Added after bash's `command not found` (which stays as bash prints it). */
    notFound: string;
    /** Screen-reader prefix of the error stream. */
    stderr: string;
  };
  log: {
    label: string;
    hideBackground: string;
    future: string;
    empty: string;
  };
  inspector: {
    empty: string;
    yaml: string;
    machine: string;
    current: string;
    notFound: string;
    noMachine: string;
    machineAlt: string;
    readNote: string;
    pickObject: string;
    choose: string;
  };
  diagram: {
    controlPlane: string;
    user: string;
    showSystemPods: string;
    unscheduled: string;
    hiddenPods: string;
    node: string;
    nodeRoles: string;
    pod: string;
    component: string;
    componentState: string;
    running: string;
    stopped: string;
    acting: string;
    /** An etcd member's Raft role and term in the diagram. */
    etcdLeader: string;
    etcdTerm: string;
  };
  panels: {
    etcd: {
      members: string;
      name: string;
      role: string;
      term: string;
      commitIndex: string;
      state: string;
      up: string;
      down: string;
      revision: string;
      keys: string;
      noKeys: string;
      /** The Raft log grid: {n} = how many of the last entries are shown. */
      log: string;
      index: string;
      committed: string;
      /** A cell of a member that does not have that entry. */
      missing: string;
      /** The entry a new leader appends to commit the entries of earlier terms. */
      emptyEntry: string;
      entries: string;
      /** Accessible text of a cell: {term} (", committed" is added for committed entries). */
      cell: string;
    };
    scheduler: {
      pod: string;
      pick: string;
      node: string;
      filter: string;
      fits: string;
      total: string;
      none: string;
      selected: string;
      unschedulable: string;
      weights: string;
    };
    rollout: {
      deployments: string;
      replicasets: string;
      name: string;
      desired: string;
      current: string;
      updated: string;
      ready: string;
      available: string;
      revision: string;
      none: string;
    };
    kubeProxy: {
      unavailable: string;
      node: string;
      rules: string;
    };
  };
  faults: {
    label: string;
    kubelets: string;
    etcdMembers: string;
    pods: string;
    stop: string;
    start: string;
    deletePod: string;
    noPods: string;
    running: string;
    stopped: string;
  };
}

export const simKo: SimStrings = {
  runButton: { label: '실행', title: '이 명령을 페이지의 시뮬레이션 터미널에서 실행', titleFails: '이 명령을 페이지의 시뮬레이션 터미널에서 실행 (오류가 나는 것이 정상이다)' },
  region: '시뮬레이션: {title}',
  skipToSim: '이 노트의 시뮬레이션으로 건너뛰기',
  noscript: '이 시뮬레이션은 JavaScript가 있어야 움직인다. 아래는 시나리오의 단계다.',
  stepsHeading: '시나리오 단계',
  diagramAlt: '컨트롤 플레인(kube-apiserver, etcd, kube-scheduler, kube-controller-manager)과 워커 노드(kubelet, kube-proxy, 컨테이너 런타임)로 이루어진 클러스터 그림',
  simplified:
    '단순화한 시뮬레이션이다: 실제 쿠버네티스의 순서와 규칙을 따르지만 네트워크, 인증서, 실제 컨테이너는 없고 시간은 가상 시계로 흐른다.',
  engineError: '시뮬레이션 엔진에서 오류가 났다. 처음부터 다시 시작해 보자.',
  engineLoading: '시뮬레이션 엔진을 불러오는 중…',
  engineLoadFailed: '시뮬레이션 엔진을 불러오지 못했다. 네트워크 연결을 확인하고 다시 시도해 보자.',
  retry: '다시 시도',
  link: {
    refused: '주소의 공유 링크로 시뮬레이션을 복원하지 못했다: {reason}. 처음 상태에서 시작한다.',
    malformed: '링크 내용을 읽을 수 없다',
    tooLarge: '링크가 실제 실행으로 보기에는 너무 크다',
    tooFar: '링크가 가리키는 단계가 너무 멀어 다시 재생할 수 없다',
    restored: '공유 링크의 실행을 복원했다: 단계 {p}, 기록된 명령·장애 {n}개.',
  },
  controls: {
    label: '재생 컨트롤',
    reset: '이 노트의 클러스터를 처음 상태로',
    resetDone: '클러스터를 이 노트의 처음 상태로 되돌렸다.',
    undoReset: '되돌리기 취소',
    back: '한 단계 뒤로',
    play: '실시간으로 진행 (가상 시간이 실제 시간을 따른다)',
    pause: '일시 정지 (단계별로 살펴보기)',
    forward: '한 단계 앞으로',
    skip: '가상 시간을 10초 앞으로 보낸다 (그 사이의 이벤트를 모두 전달)',
    skipShort: '+10초',
    live: '실시간 ×{s}',
    paused: '멈춤: 단계별 학습',
    skipBackground: '하트비트, Raft 틱 같은 백그라운드 이벤트 건너뛰기',
    speed: '실시간 배속',
    timeline: '타임라인(단계)',
    stepStart: '시작 전: 아직 전달된 이벤트가 없다',
    stepAt: '단계 {p}',
    step: '단계 {p} / 기록된 {h}',
    time: '가상 시간',
    share: '이 실행의 링크 복사',
    shareCopied: '링크를 복사했다.',
    shareFailed: '링크를 복사하지 못했다. 주소 표시줄의 주소를 쓰자.',
    forked: '과거 시점에서 행동했으므로 그 뒤에 기록된 미래를 버리고 새 미래를 시작했다.',
  },
  help: {
    open: '단축키 도움말',
    title: '단축키',
    close: '닫기',
    shortcuts: [
      ['Space', '실시간 진행 / 일시 정지'],
      ['→', '한 단계 앞으로'],
      ['Shift+→', '이벤트 하나 앞으로 (백그라운드 이벤트 포함)'],
      ['←', '한 단계 뒤로'],
      ['Home', '처음 단계로'],
      ['End', '기록된 마지막 단계로'],
      ['?', '이 도움말'],
      ['Esc', '도움말 닫기'],
    ],
    terminalNote: '터미널에 입력하는 동안에는 단축키가 동작하지 않는다. 터미널: ↑/↓ 기록, Tab 자동 완성.',
  },
  tabs: {
    label: '시뮬레이션 보기',
    terminal: '터미널',
    log: '이벤트 로그',
    inspector: '살펴보기',
    etcd: 'etcd',
    scheduler: '스케줄러',
    kubeProxy: 'kube-proxy',
    rollout: '롤아웃',
    faults: '장애 주입',
  },
  narration: {
    label: '현재 단계 설명',
    start: '앞으로 버튼(→)을 누르면 이벤트가 하나씩 전달된다. 터미널에서 명령을 실행할 수도 있다.',
    guide: '안내 단계',
    run: '실행',
    from: '{from} → {to}',
    passed: '이 단계까지 백그라운드 이벤트 {n}개를 지나왔다 ({kinds}). 이벤트 로그에 모두 남아 있다.',
  },
  terminal: {
    label: '시뮬레이션 터미널',
    input: '명령 입력 (kubectl, etcdctl)',
    output: '터미널 출력',
    copy: '출력 복사',
    copied: '복사했다',
    running: '실행 중…',
    hint: '예: kubectl get pods -o wide · Tab 자동 완성 · ↑/↓ 기록 · clear',
    helpText:
      '쓸 수 있는 명령: kubectl(k), etcdctl, clear, help.\n명령은 시뮬레이션된 클러스터에서 실행되며, 실행에 필요한 이벤트는 타임라인에 기록된다.',
    candidates: '자동 완성 후보',
    continued: '이어서 입력 중인 명령',
    notAvailable: '(시뮬레이션 안내) {subject}: 이 시뮬레이션에서는 쓸 수 없다',
    notFound: '(시뮬레이션 안내) 이 시뮬레이션에 없는 명령이다. help를 입력하면 쓸 수 있는 명령을 볼 수 있다.',
    stderr: '표준 에러:',
  },
  log: {
    label: '이벤트 로그',
    hideBackground: '백그라운드 이벤트(하트비트, Raft 틱, 타이머) 숨기기',
    future: '(아직 일어나지 않음)',
    empty: '아직 전달된 이벤트가 없다.',
  },
  inspector: {
    empty: '그림에서 파드, 노드 또는 컴포넌트를 고르면 여기에 나타난다.',
    yaml: '오브젝트',
    machine: '상태 머신',
    current: '현재 상태: {s}',
    notFound: '이 오브젝트는 지금 클러스터에 없다.',
    noMachine: '이 컴포넌트의 상태 머신 정보가 없다.',
    machineAlt: '{id}의 상태 머신 그림',
    readNote: '{c} 노트 읽기',
    pickObject: '다른 오브젝트 살펴보기',
    choose: '(고르기)',
  },
  diagram: {
    controlPlane: '컨트롤 플레인',
    user: '사용자 (kubectl)',
    showSystemPods: 'kube-system 파드 보이기',
    unscheduled: '아직 노드가 정해지지 않은 파드',
    hiddenPods: 'kube-system 파드 {n}개 숨김',
    node: '노드 {name}, {ready}',
    nodeRoles: ', 역할 {roles}',
    pod: '파드 {ns}/{name}, 상태 {status}, 준비 {ready}, 재시작 {restarts}회',
    component: '{label}, {status}',
    componentState: ', 상태 {state}',
    running: '실행 중',
    stopped: '멈춤',
    acting: '현재 행동 중',
    etcdLeader: '리더 · 텀 {term}',
    etcdTerm: '텀 {term}',
  },
  panels: {
    etcd: {
      members: 'etcd 멤버 (Raft)',
      name: '이름',
      role: '역할',
      term: '텀',
      commitIndex: '커밋 인덱스',
      state: '상태',
      up: '실행 중',
      down: '멈춤',
      revision: '리비전 {rev}',
      keys: '키 공간',
      noKeys: '키가 없다.',
      log: 'Raft 로그 (마지막 {n}개 항목, 칸의 숫자는 텀)',
      index: '인덱스',
      committed: '커밋됨',
      missing: '없음',
      emptyEntry: '빈 항목 (새 리더가 자기 텀을 시작하며 추가)',
      entries: '각 인덱스의 내용',
      cell: '텀 {term}',
    },
    scheduler: {
      pod: '파드',
      pick: '스케줄링 결과를 볼 파드',
      node: '노드',
      filter: '필터링',
      fits: '통과',
      total: '합계',
      none: '아직 스케줄링을 시도한 파드가 없다.',
      selected: '선택한 노드: {node}',
      unschedulable: '스케줄링 실패: {message}',
      weights: '합계는 플러그인 점수(0–100)에 가중치를 곱해 더한 값이다(기본 가중치의 예: TaintToleration 3, NodeAffinity 2, NodeResourcesFit 1, NodeResourcesBalancedAllocation 1). 동점이면 무작위로 고른다.',
    },
    rollout: {
      deployments: '디플로이먼트',
      replicasets: '레플리카셋',
      name: '이름',
      desired: '의도한 수',
      current: '현재',
      updated: '최신',
      ready: '준비',
      available: '사용 가능',
      revision: '리비전',
      none: '디플로이먼트나 레플리카셋이 없다.',
    },
    kubeProxy: {
      unavailable: '이 엔진 버전은 아직 kube-proxy 규칙을 보여 주지 않는다.',
      node: '노드',
      rules: '규칙',
    },
  },
  faults: {
    label: '장애 주입',
    kubelets: 'kubelet',
    etcdMembers: 'etcd 멤버',
    pods: '파드 삭제',
    stop: '{n} 멈추기',
    start: '{n} 시작하기',
    deletePod: '{n} 파드 삭제',
    noPods: '삭제할 파드가 없다.',
    running: '실행 중',
    stopped: '멈춤',
  },
};

export const simEn: SimStrings = {
  runButton: { label: 'Run', title: 'Run this command in the page’s simulation terminal', titleFails: 'Run this command in the page’s simulation terminal (it is expected to fail)' },
  region: 'Simulation: {title}',
  skipToSim: 'Skip to this note’s simulation',
  noscript: 'This simulation needs JavaScript to run. These are the steps of its scenario.',
  stepsHeading: 'Scenario steps',
  diagramAlt:
    'Diagram of a cluster: the control plane (kube-apiserver, etcd, kube-scheduler, kube-controller-manager) and worker nodes (kubelet, kube-proxy, container runtime)',
  simplified:
    'A simplified simulation: it follows the real Kubernetes order and rules, but has no network, certificates or real containers, and time runs on a virtual clock.',
  engineError: 'The simulation engine hit an error. Try starting over.',
  engineLoading: 'Loading the simulation engine…',
  engineLoadFailed: 'The simulation engine could not be loaded. Check the network connection and try again.',
  retry: 'Try again',
  link: {
    refused: 'The share link in the address could not be restored: {reason}. The simulation starts from the beginning.',
    malformed: 'its contents cannot be read',
    tooLarge: 'it is too large to be a real run',
    tooFar: 'it names a step too far to replay',
    restored: 'Restored the shared run: step {p}, {n} recorded commands and faults.',
  },
  controls: {
    label: 'Playback controls',
    reset: 'Reset this note’s cluster',
    resetDone: 'The cluster is back at this note’s start.',
    undoReset: 'Undo reset',
    back: 'Step back',
    play: 'Run live (virtual time follows real time)',
    pause: 'Pause (study step by step)',
    forward: 'Step forward',
    skip: 'Move virtual time 10 s ahead (delivers every event in between)',
    skipShort: '+10 s',
    live: 'live ×{s}',
    paused: 'paused: studying step by step',
    skipBackground: 'Skip background events (heartbeats, Raft ticks, timers)',
    speed: 'Live speed',
    timeline: 'Timeline (steps)',
    stepStart: 'Start: no event delivered yet',
    stepAt: 'Step {p}',
    step: 'Step {p} of {h} recorded',
    time: 'Virtual time',
    share: 'Copy a link to this run',
    shareCopied: 'Link copied.',
    shareFailed: 'Could not copy the link. Use the address in the address bar.',
    forked: 'You acted in the past: the recorded future after that point was discarded and a new one begins.',
  },
  help: {
    open: 'Keyboard shortcuts',
    title: 'Keyboard shortcuts',
    close: 'Close',
    shortcuts: [
      ['Space', 'Run live / pause'],
      ['→', 'Step forward'],
      ['Shift+→', 'One event forward (background events included)'],
      ['←', 'Step back'],
      ['Home', 'First step'],
      ['End', 'Last recorded step'],
      ['?', 'This help'],
      ['Esc', 'Close the help'],
    ],
    terminalNote: 'Shortcuts are off while you type in the terminal. Terminal: ↑/↓ history, Tab completion.',
  },
  tabs: {
    label: 'Simulation views',
    terminal: 'Terminal',
    log: 'Event log',
    inspector: 'Inspector',
    etcd: 'etcd',
    scheduler: 'Scheduler',
    kubeProxy: 'kube-proxy',
    rollout: 'Rollout',
    faults: 'Faults',
  },
  narration: {
    label: 'Current step',
    start: 'Press forward (→) to deliver events one at a time, or run a command in the terminal.',
    guide: 'Guided steps',
    run: 'Run',
    from: '{from} → {to}',
    passed: 'On the way here, {n} background events were delivered ({kinds}); all are in the event log.',
  },
  terminal: {
    label: 'Simulation terminal',
    input: 'Command (kubectl, etcdctl)',
    output: 'Terminal output',
    copy: 'Copy output',
    copied: 'Copied',
    running: 'Running…',
    hint: 'e.g. kubectl get pods -o wide · Tab completes · ↑/↓ history · clear',
    helpText:
      'Commands: kubectl (k), etcdctl, clear, help.\nCommands run on the simulated cluster; the events they need are recorded on the timeline.',
    candidates: 'Completions',
    continued: 'Command continued on the next line',
    notAvailable: '{subject} is not available in this simulation',
    notFound: '(simulation) This command is not part of the simulation. Type help to see the commands it has.',
    stderr: 'standard error:',
  },
  log: {
    label: 'Event log',
    hideBackground: 'Hide background events (heartbeats, Raft ticks, timers)',
    future: '(not yet happened)',
    empty: 'No event delivered yet.',
  },
  inspector: {
    empty: 'Select a pod, node or component in the diagram to see it here.',
    yaml: 'Object',
    machine: 'State machine',
    current: 'Current state: {s}',
    notFound: 'This object does not exist in the cluster now.',
    noMachine: 'No state machine information for this component.',
    machineAlt: 'State machine of {id}',
    readNote: 'Read the {c} note',
    pickObject: 'Inspect another object',
    choose: '(choose)',
  },
  diagram: {
    controlPlane: 'Control plane',
    user: 'User (kubectl)',
    showSystemPods: 'Show kube-system pods',
    unscheduled: 'Pods not yet bound to a node',
    hiddenPods: '{n} kube-system pods hidden',
    node: 'Node {name}, {ready}',
    nodeRoles: ', roles {roles}',
    pod: 'Pod {ns}/{name}, status {status}, ready {ready}, {restarts} restarts',
    component: '{label}, {status}',
    componentState: ', state {state}',
    running: 'running',
    stopped: 'stopped',
    acting: 'acting now',
    etcdLeader: 'leader · term {term}',
    etcdTerm: 'term {term}',
  },
  panels: {
    etcd: {
      members: 'etcd members (Raft)',
      name: 'Name',
      role: 'Role',
      term: 'Term',
      commitIndex: 'Commit index',
      state: 'State',
      up: 'running',
      down: 'stopped',
      revision: 'Revision {rev}',
      keys: 'Keyspace',
      noKeys: 'No keys.',
      log: 'Raft log (last {n} entries; each cell shows the term)',
      index: 'Index',
      committed: 'committed',
      missing: 'none',
      emptyEntry: 'empty entry (a new leader starting its term)',
      entries: 'What each index holds',
      cell: 'term {term}',
    },
    scheduler: {
      pod: 'Pod',
      pick: 'Pod whose scheduling result to show',
      node: 'Node',
      filter: 'Filter',
      fits: 'fits',
      total: 'Total',
      none: 'No pod has been scheduled yet.',
      selected: 'Chosen node: {node}',
      unschedulable: 'Scheduling failed: {message}',
      weights: 'The total is each plugin score (0–100) times its weight, summed (default weights include TaintToleration 3, NodeAffinity 2, NodeResourcesFit 1, NodeResourcesBalancedAllocation 1). Ties are broken at random.',
    },
    rollout: {
      deployments: 'Deployments',
      replicasets: 'ReplicaSets',
      name: 'Name',
      desired: 'Desired',
      current: 'Current',
      updated: 'Up-to-date',
      ready: 'Ready',
      available: 'Available',
      revision: 'Revision',
      none: 'No Deployment or ReplicaSet.',
    },
    kubeProxy: {
      unavailable: 'This engine version does not show kube-proxy rules yet.',
      node: 'Node',
      rules: 'Rules',
    },
  },
  faults: {
    label: 'Faults',
    kubelets: 'kubelet',
    etcdMembers: 'etcd members',
    pods: 'Delete a pod',
    stop: 'Stop {n}',
    start: 'Start {n}',
    deletePod: 'Delete pod {n}',
    noPods: 'No pod to delete.',
    running: 'running',
    stopped: 'stopped',
  },
};

export const simStrings: Record<'ko' | 'en', SimStrings> = { ko: simKo, en: simEn };
