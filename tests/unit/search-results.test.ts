// Result processing (src/site/search-results.ts) and build-time search aliases
// (src/site/search-aliases.ts).
import { describe, expect, it } from 'vitest';
import { refineResult, type ResultData } from '../../src/site/search-results.ts';
import { searchAliases, topicTerms } from '../../src/site/search-aliases.ts';

function etcdResult(): ResultData {
  // Words 0-9: page intro; 10-19: "etcdctl" section; 20-29: "스냅숏 백업" section; 30-39: install section.
  const words = [
    ...'etcd는 키-값 저장소다 etcd etcd 설명 설명 설명 설명 설명'.split(' '),
    ...'etcdctl로 다뤄 보기 etcd를 etcd etcd etcd etcd etcd etcd'.split(' '),
    ...'스냅숏 백업 etcd는 상태를 담으니 백업해 두자 etcdctl snapshot save'.split(' '),
    ...'설치 etcd etcd etcd etcd etcd etcd etcd etcd etcd'.split(' '),
  ];
  return {
    url: '/etcd/',
    content: words.join(' '),
    meta: { url: '/etcd/', title: 'etcd', keywords: 'etcd 백업 backup', topic: 'etcd' },
    sub_results: [
      { title: 'etcd', url: '/etcd/', excerpt: '', locations: [0, 3] },
      { title: 'etcdctl로 다뤄 보기', url: '/etcd/#ctl', excerpt: '', locations: [10, 13, 14, 15, 16, 17, 18, 19], anchor: {} },
      { title: '스냅숏 백업', url: '/etcd/#backup', excerpt: '', locations: [21, 22, 25], anchor: {} },
      { title: '설치', url: '/etcd/#install', excerpt: '', locations: [31, 32, 33, 34, 35, 36, 37, 38, 39], anchor: {} },
      { title: '고가용성', url: '/etcd/#ha', excerpt: '', locations: [36], anchor: {} },
    ],
  };
}

describe('refineResult', () => {
  it('puts the section that holds every query word first and keeps three', () => {
    const result = refineResult(etcdResult(), ['etcd', '백업']);
    expect(result.sub_results!.map((s) => s.url)).toEqual(['/etcd/', '/etcd/#backup', '/etcd/#install', '/etcd/#ctl']);
  });

  it('puts the heading that is the query word itself before longer ones', () => {
    const words = '파드 샌드박스 Pod sandbox 파드의 파드 파드 파드 Pod 파드 가장 작은 단위'.split(' ');
    const result = refineResult(
      {
        url: '/glossary/',
        content: words.join(' '),
        meta: { url: '/glossary/', title: '용어집' },
        sub_results: [
          { title: '파드 샌드박스 Pod sandbox', url: '/glossary/#pod-sandbox', excerpt: '', locations: [0, 4, 5, 6, 7], anchor: {} },
          { title: '파드 Pod', url: '/glossary/#pod', excerpt: '', locations: [9], anchor: {} },
        ],
      },
      ['파드', '용어집'],
    );
    expect(result.sub_results!.map((s) => s.url)).toEqual(['/glossary/#pod', '/glossary/#pod-sandbox']);
  });

  it('drops the metadata that is only there to be searched', () => {
    const result = refineResult(etcdResult(), ['etcd']);
    expect(result.meta).toEqual({ url: '/etcd/', title: 'etcd' });
  });

  it('leaves the order alone without query words', () => {
    const result = refineResult(etcdResult(), []);
    expect(result.sub_results).toHaveLength(5);
  });
});

describe('searchAliases', () => {
  it('adds the notes’ word of every synonym group the text uses', () => {
    const aliases = searchAliases('서비스의 타입을 정한다. 스냅샷을 뜬다.', 'ko');
    expect(aliases).toEqual(expect.arrayContaining(['유형', '스냅숏']));
    expect(searchAliases('Take a snapshot and restore it.', 'en')).toEqual(expect.arrayContaining(['snapshot', 'restore']));
  });

  it('adds both names of the glossary terms the text uses', () => {
    const aliases = searchAliases('엔드포인트슬라이스를 kube-proxy가 본다', 'ko');
    expect(aliases).toEqual(expect.arrayContaining(['엔드포인트슬라이스', 'EndpointSlice', 'kube-proxy']));
    expect(searchAliases('A ReplicaSet keeps Pods running.', 'en')).toEqual(expect.arrayContaining(['레플리카셋', 'ReplicaSet', '파드', 'Pod']));
  });

  it('names a note’s own topic in both languages', () => {
    expect(topicTerms('services')).toEqual(expect.arrayContaining(['서비스', 'Service', 'NodePort', '엔드포인트슬라이스']));
    expect(topicTerms('nonexistent')).toEqual([]);
  });
});
