// Statements an expert review found wrong or out of date (issue 14), and the corrections that
// replaced them. Each row holds the corrected fact, in both languages, and the wrong wording that
// must not come back. Facts: ../shared/reference/k8s-facts.md and the sources cited in each row.
import { describe, expect, it } from 'vitest';
import { readNote, noteSlugs, type NoteLang } from './notes.ts';

interface Correction {
  slug: string;
  what: string;
  /** Text each language must contain (exact substrings). */
  present: Record<NoteLang, string[]>;
  /** Patterns no language may match. */
  absent: RegExp[];
}

const corrections: Correction[] = [
  {
    slug: 'kube-controller-manager',
    what: 'a fully disrupted zone is evicted at the normal rate; only all zones fully disrupted stops eviction (k8s-facts 4.8, setLimiterInZone)',
    present: {
      en: ['**Full disruption** (every node of the zone unhealthy): the **normal rate again**', '**Every zone fully disrupted**: no eviction at all'],
      ko: ['**전체 장애**(존의 모든 노드가 비정상): **다시 보통 속도**로 축출한다', '**모든 존이 전체 장애**: 축출을 전혀 하지 않는다'],
    },
    absent: [/entire zone drops off at once, the node controller does not evict/i, /존 전체가 한꺼번에 끊기면 노드 컨트롤러는 축출을 하지 않는다/],
  },
  {
    slug: 'kube-controller-manager',
    what: 'three controllers are off by default (selinux-warning-controller since 1.32; ControllersDisabledByDefault / isDisabledByDefault)',
    present: {
      en: ['Three controllers are off by default in v1.33', '`selinux-warning-controller` (added in v1.32'],
      ko: ['v1.33에서 기본으로 꺼져 있는 컨트롤러는 세 개다', 'v1.32에 추가된 `selinux-warning-controller`'],
    },
    absent: [/Only two controllers are off by default/, /두 개뿐이다/],
  },
  {
    slug: 'kube-controller-manager',
    what: 'the seed says the controller manager restarts containers: that mixes two jobs (kubelet restarts containers)',
    present: {
      en: ['mixes two different jobs'],
      ko: ['서로 다른 두 일을 한데 섞은 것이다'],
    },
    absent: [/일을 나눠 보면 정확하다/, /splitting the work makes it precise/],
  },
  {
    slug: 'etcd',
    what: 'v2 etcdctl has no version subcommand; it is etcdctl --version (checked with Debian etcd-client 3.4.23)',
    present: {
      en: ['`ETCDCTL_API=2 etcdctl --version`', "`No help topic for 'version'`"],
      ko: ['`ETCDCTL_API=2 etcdctl --version`', "`No help topic for 'version'`"],
    },
    absent: [/with `ETCDCTL_API=2` it reports `API version: 2`/, /`ETCDCTL_API=2`로 바꾸면 `API version: 2`가 된다/],
  },
  {
    slug: 'etcd',
    what: 'etcd 3.6 removed etcdctl snapshot restore/status (etcdutl); kubeadm <= 1.33 ships etcd 3.5, >= 1.34 etcd 3.6 (kubeadm SupportedEtcdVersion)',
    present: {
      en: ['**etcd 3.6 removed `etcdctl snapshot status` and `etcdctl snapshot restore`**', 'kubeadm 1.34 and later deploy etcd 3.6'],
      ko: ['**etcd 3.6에서 `etcdctl snapshot status`와 `etcdctl snapshot restore`가 제거되었다.**', 'kubeadm 1.34부터는 etcd 3.6을 띄운다'],
    },
    absent: [/`etcdctl snapshot restore` is deprecated\)/, /`etcdctl snapshot restore`는 사용 중단\)/, /kubeadm 1\.33 uses the image/],
  },
  {
    slug: 'container-runtime',
    what: "the pause (sandbox) image is the runtime's setting; kubeadm only recommends and pre-pulls one",
    present: {
      en: ["is **the runtime's setting**, not the kubelet's", '`sandbox_image`', '`sandbox` under `pinned_images` in containerd 2.x'],
      ko: ['kubelet이 아니라 **런타임의 설정**이다', '`sandbox_image`', 'containerd 2.x는 `pinned_images` 아래의 `sandbox`'],
    },
    absent: [/kubeadm 1\.33 uses the sandbox image/, /kubeadm 1\.33이 쓰는 샌드박스 이미지는/],
  },
  {
    slug: 'kube-apiserver',
    what: 'the insecure port stopped serving in 1.20; the --insecure-port flag was removed in 1.24',
    present: {
      en: ['stopped serving in v1.20', 'The flag itself (with `--insecure-bind-address`) was removed in v1.24'],
      ko: ['v1.20부터 열리지 않는다', '플래그 자체는(`--insecure-bind-address`와 함께) v1.24에서 제거되었다'],
    },
    absent: [/`--insecure-port`\) was removed in v1\.20/, /`--insecure-port`\)도 v1\.20에서 제거되었다/],
  },
  {
    slug: 'pods',
    what: 'native sidecars GA in 1.33; in-place Pod resize beta and on by default in 1.33, GA in 1.35',
    present: {
      en: ['**native sidecar containers** (GA in v1.33', '`restartPolicy: Always`', '**in-place Pod resize** is beta there and on by default', '--subresource resize'],
      ko: ['**네이티브 사이드카 컨테이너**가 GA다', '`restartPolicy: Always`', '**파드 인플레이스 리사이즈(in-place Pod resize)**가 베타로 기본 켜져 있다', '--subresource resize'],
    },
    absent: [/Only a few fields of a running pod can be changed/, /실행 중인 파드에서 바꿀 수 있는 필드는 컨테이너 `image`, `activeDeadlineSeconds`, 톨러레이션 추가 등 일부뿐이다/],
  },
];

/** Remarks addressed to the seed notes' author instead of stating the fact. */
const SIDE_REMARKS: RegExp[] = [
  /is a typo for/i,
  /\b(note|notes|memo)\b[^.]{0,40}\btypo\b/i,
  /\btypo\b[^.]{0,30}\bin the (note|notes|memo)\b/i,
  /one zero went missing/i,
  /의 오타다/,
  /오타가 있다/,
  /0이 하나 빠졌다/,
];

describe.each(corrections.map((c) => [c.slug, c.what, c] as const))('%s: %s', (_slug, _what, correction) => {
  it.each(['ko', 'en'] as const)('states the corrected fact (%s)', (lang) => {
    const note = readNote(correction.slug, lang)!;
    for (const text of correction.present[lang]) expect(note.source, `${note.path} should contain: ${text}`).toContain(text);
  });
  it.each(['ko', 'en'] as const)('no longer says the wrong thing (%s)', (lang) => {
    const note = readNote(correction.slug, lang)!;
    for (const pattern of correction.absent) expect(note.source, `${note.path}`).not.toMatch(pattern);
  });
});

describe('notes state facts instead of remarks to the seed notes’ author', () => {
  it.each(noteSlugs.flatMap((slug) => (['ko', 'en'] as const).map((lang) => [slug, lang] as const)))('%s (%s)', (slug, lang) => {
    const note = readNote(slug, lang)!;
    const prose = note.body.replace(/```[\s\S]*?```/g, '');
    for (const pattern of SIDE_REMARKS) expect(prose, note.path).not.toMatch(pattern);
  });
});
