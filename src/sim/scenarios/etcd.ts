import type { Scenario } from './types.ts';

export const etcd: Scenario = {
  id: 'etcd',
  title: { ko: 'etcd: 클러스터의 키-값 저장소', en: 'etcd: the cluster’s key-value store' },
  summary: {
    ko: '세 멤버의 etcd가 리더를 뽑아 쓰기를 복제하고, 쿠버네티스 오브젝트는 /registry 아래 키로 저장된다.',
    en: 'Three etcd members elect a leader that replicates writes; Kubernetes objects live under /registry keys.',
  },
  seed: 1,
  cluster: { etcdMembers: 3 },
  steps: [
    {
      caption: {
        ko: '키-값 쌍을 저장한다(API v3, etcd 3.4부터 기본값).',
        en: 'Store a key-value pair (API v3, the default since etcd 3.4).',
      },
      command: 'etcdctl put key1 value1',
    },
    {
      caption: { ko: '저장한 값을 읽는다.', en: 'Read the value back.' },
      command: 'etcdctl get key1',
    },
    {
      caption: {
        ko: '쿠버네티스가 저장한 키를 본다. 노드는 /registry/minions 아래에 있다.',
        en: 'List the keys Kubernetes stored. Nodes live under /registry/minions.',
      },
      command: 'etcdctl get /registry --prefix --keys-only',
    },
    {
      caption: {
        ko: '멤버와 리더를 확인한다. 세 멤버의 쿼럼은 2다.',
        en: 'Check the members and the leader. The quorum of three members is two.',
      },
      command: 'etcdctl endpoint status --cluster -w table',
    },
    {
      caption: {
        ko: '장애 주입에서 리더 멤버를 멈추면 선거 타임아웃(약 1초) 뒤 새 텀에서 새 리더가 뽑힌다. 백그라운드 이벤트 건너뛰기를 끄면 Raft 메시지를 하나씩 볼 수 있다.',
        en: 'Stop the leader under Faults: after the election timeout (about 1 s) a new leader is elected in a new term. Turn off skipping background events to see the Raft messages one by one.',
      },
    },
  ],
  panels: ['etcd'],
  faults: ['etcd-member'],
  stopAt: [{ kind: '^raft$', caption: 'MsgVote|MsgPreVote|MsgApp\\b' }],
  focus: ['etcd'],
};
