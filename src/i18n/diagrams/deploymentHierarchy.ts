// The words of components/diagrams/DeploymentHierarchy.astro. The English entry must have the Korean one's shape.
const ko = {
  title: '디플로이먼트, 레플리카셋, 파드의 소유 관계',
  desc: '디플로이먼트가 리비전마다 레플리카셋을 하나씩 소유하고, 최신 레플리카셋만 파드 3개를 가진다. 이전 리비전의 레플리카셋은 레플리카 0으로 남아 롤백에 쓰인다.',
  deploy: '디플로이먼트',
  rs: '레플리카셋',
  pod: '파드',
  oldRev: '리비전 1 · 레플리카 0',
  newRev: '리비전 2 · 레플리카 3',
  owns: '소유(ownerReferences)',
  keep: '롤백용으로 보관',
};

export const deploymentHierarchy: Record<'ko' | 'en', typeof ko> = {
  ko,
  en: {
    title: 'Ownership: Deployment, ReplicaSets, Pods',
    desc: 'A Deployment owns one ReplicaSet per revision; only the newest ReplicaSet has the three Pods. The previous revision\'s ReplicaSet stays at zero replicas for rollbacks.',
    deploy: 'Deployment',
    rs: 'ReplicaSet',
    pod: 'Pod',
    oldRev: 'revision 1 · replicas 0',
    newRev: 'revision 2 · replicas 3',
    owns: 'owns (ownerReferences)',
    keep: 'kept for rollback',
  },
};
