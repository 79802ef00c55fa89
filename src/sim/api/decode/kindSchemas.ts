import { any, bool, bytes, int32, int64, intOrString, list, map, microTime, named, opaque, quantity, str, struct, time, type GoType } from './goTypes.ts';

/**
 * The Go types of every kind the engine stores (k8s.io/api core/v1, apps/v1, coordination/v1,
 * discovery/v1, scheduling/v1, rbac/v1 and apimachinery's meta/v1), written once from the API
 * types: field names, JSON types and the Go names the decoder prints. Fields the engine never reads
 * are `any`/`opaque` (their JSON shape only); unknown fields pass through (strict field validation
 * of unknown names is api/strictFields.ts).
 */
const strings = list(str);
const labels = map(str);
const resourceList = map(quantity, 'v1.ResourceList');

const ownerReference = struct('v1.OwnerReference', {
  apiVersion: str, kind: str, name: str, uid: named('types.UID'), controller: bool, blockOwnerDeletion: bool,
});

export const objectMeta = struct('v1.ObjectMeta', {
  name: str, generateName: str, namespace: str, selfLink: str, uid: named('types.UID'), resourceVersion: str,
  generation: int64, creationTimestamp: time, deletionTimestamp: time, deletionGracePeriodSeconds: int64,
  labels, annotations: labels, ownerReferences: list(ownerReference), finalizers: strings,
  managedFields: list(opaque('v1.ManagedFieldsEntry')),
});

const objectReference = struct('v1.ObjectReference', {
  kind: str, namespace: str, name: str, uid: named('types.UID'), apiVersion: str, resourceVersion: str, fieldPath: str,
});
const localObjectReference = struct('v1.LocalObjectReference', { name: str });

const labelSelector = struct('v1.LabelSelector', {
  matchLabels: labels,
  matchExpressions: list(struct('v1.LabelSelectorRequirement', { key: str, operator: named('v1.LabelSelectorOperator'), values: strings })),
});

const containerPort = struct('v1.ContainerPort', { name: str, hostPort: int32, containerPort: int32, protocol: named('v1.Protocol'), hostIP: str });
const envVar = struct('v1.EnvVar', { name: str, value: str, valueFrom: opaque('v1.EnvVarSource') });
const resourceRequirements = struct('v1.ResourceRequirements', { limits: resourceList, requests: resourceList, claims: list(opaque('v1.ResourceClaim')) });
const volumeMount = struct('v1.VolumeMount', {
  name: str, readOnly: bool, recursiveReadOnly: named('v1.RecursiveReadOnlyMode'), mountPath: str, subPath: str,
  mountPropagation: named('v1.MountPropagationMode'), subPathExpr: str,
});

const container = struct('v1.Container', {
  name: str, image: str, command: strings, args: strings, workingDir: str, ports: list(containerPort),
  envFrom: list(opaque('v1.EnvFromSource')), env: list(envVar), resources: resourceRequirements,
  resizePolicy: list(opaque('v1.ContainerResizePolicy')), restartPolicy: named('v1.ContainerRestartPolicy'),
  volumeMounts: list(volumeMount), volumeDevices: list(opaque('v1.VolumeDevice')),
  livenessProbe: opaque('v1.Probe'), readinessProbe: opaque('v1.Probe'), startupProbe: opaque('v1.Probe'),
  lifecycle: opaque('v1.Lifecycle'), terminationMessagePath: str, terminationMessagePolicy: named('v1.TerminationMessagePolicy'),
  imagePullPolicy: named('v1.PullPolicy'), securityContext: opaque('v1.SecurityContext'), stdin: bool, stdinOnce: bool, tty: bool,
});

const toleration = struct('v1.Toleration', {
  key: str, operator: named('v1.TolerationOperator'), value: str, effect: named('v1.TaintEffect'), tolerationSeconds: int64,
});

const nodeSelectorTerm = struct('v1.NodeSelectorTerm', {
  matchExpressions: list(struct('v1.NodeSelectorRequirement', { key: str, operator: named('v1.NodeSelectorOperator'), values: strings })),
  matchFields: list(struct('v1.NodeSelectorRequirement', { key: str, operator: named('v1.NodeSelectorOperator'), values: strings })),
});
const affinity = struct('v1.Affinity', {
  nodeAffinity: struct('v1.NodeAffinity', {
    requiredDuringSchedulingIgnoredDuringExecution: struct('v1.NodeSelector', { nodeSelectorTerms: list(nodeSelectorTerm) }),
    preferredDuringSchedulingIgnoredDuringExecution: list(struct('v1.PreferredSchedulingTerm', { weight: int32, preference: nodeSelectorTerm })),
  }),
  podAffinity: opaque('v1.PodAffinity'),
  podAntiAffinity: opaque('v1.PodAntiAffinity'),
});

const volume = struct('v1.Volume', { name: str });

const podSpec = struct('v1.PodSpec', {
  volumes: list(volume), initContainers: list(container), containers: list(container),
  ephemeralContainers: list(opaque('v1.EphemeralContainer')), restartPolicy: named('v1.RestartPolicy'),
  terminationGracePeriodSeconds: int64, activeDeadlineSeconds: int64, dnsPolicy: named('v1.DNSPolicy'),
  nodeSelector: labels, serviceAccountName: str, serviceAccount: str, automountServiceAccountToken: bool,
  nodeName: str, hostNetwork: bool, hostPID: bool, hostIPC: bool, shareProcessNamespace: bool,
  securityContext: opaque('v1.PodSecurityContext'), imagePullSecrets: list(localObjectReference), hostname: str,
  subdomain: str, affinity, schedulerName: str, tolerations: list(toleration),
  hostAliases: list(opaque('v1.HostAlias')), priorityClassName: str, priority: int32, dnsConfig: opaque('v1.PodDNSConfig'),
  readinessGates: list(opaque('v1.PodReadinessGate')), runtimeClassName: str, enableServiceLinks: bool,
  preemptionPolicy: named('v1.PreemptionPolicy'), overhead: resourceList,
  topologySpreadConstraints: list(opaque('v1.TopologySpreadConstraint')), setHostnameAsFQDN: bool,
  os: opaque('v1.PodOS'), hostUsers: bool, schedulingGates: list(opaque('v1.PodSchedulingGate')),
  resourceClaims: list(opaque('v1.PodResourceClaim')), resources: resourceRequirements,
});

const podCondition = struct('v1.PodCondition', {
  type: named('v1.PodConditionType'), observedGeneration: int64, status: named('v1.ConditionStatus'),
  lastProbeTime: time, lastTransitionTime: time, reason: str, message: str,
});
const containerState = struct('v1.ContainerState', {
  waiting: struct('v1.ContainerStateWaiting', { reason: str, message: str }),
  running: struct('v1.ContainerStateRunning', { startedAt: time }),
  terminated: struct('v1.ContainerStateTerminated', {
    exitCode: int32, signal: int32, reason: str, message: str, startedAt: time, finishedAt: time, containerID: str,
  }),
});
const containerStatus = struct('v1.ContainerStatus', {
  name: str, state: containerState, lastState: containerState, ready: bool, restartCount: int32, image: str,
  imageID: str, containerID: str, started: bool,
});
const podIP = struct('v1.PodIP', { ip: str });
const podStatus = struct('v1.PodStatus', {
  observedGeneration: int64, phase: named('v1.PodPhase'), conditions: list(podCondition), message: str, reason: str,
  nominatedNodeName: str, hostIP: str, hostIPs: list(struct('v1.HostIP', { ip: str })), podIP: str, podIPs: list(podIP),
  startTime: time, initContainerStatuses: list(containerStatus), containerStatuses: list(containerStatus),
  qosClass: named('v1.PodQOSClass'), ephemeralContainerStatuses: list(containerStatus),
});

const podTemplateSpec = struct('v1.PodTemplateSpec', { metadata: objectMeta, spec: podSpec });

/** Conditions of the workload kinds (same shape, their own Go names). */
const workloadCondition = (go: string): GoType => struct(go, {
  type: named(`${go}Type`), status: named('v1.ConditionStatus'), lastUpdateTime: time, lastTransitionTime: time, reason: str, message: str,
});

const replicaSetStatus = struct('v1.ReplicaSetStatus', {
  replicas: int32, fullyLabeledReplicas: int32, readyReplicas: int32, availableReplicas: int32, terminatingReplicas: int32,
  observedGeneration: int64, conditions: list(workloadCondition('v1.ReplicaSetCondition')),
});

const rollingUpdateDeployment = struct('v1.RollingUpdateDeployment', { maxUnavailable: intOrString, maxSurge: intOrString });

const servicePort = struct('v1.ServicePort', {
  name: str, protocol: named('v1.Protocol'), appProtocol: str, port: int32, targetPort: intOrString, nodePort: int32,
});

const endpointAddress = struct('v1.EndpointAddress', { ip: str, hostname: str, nodeName: str, targetRef: objectReference });
const endpointPort = struct('v1.EndpointPort', { name: str, port: int32, protocol: named('v1.Protocol'), appProtocol: str });

const nodeCondition = struct('v1.NodeCondition', {
  type: named('v1.NodeConditionType'), status: named('v1.ConditionStatus'), lastHeartbeatTime: time, lastTransitionTime: time, reason: str, message: str,
});

const policyRule = struct('v1.PolicyRule', { verbs: strings, apiGroups: strings, resources: strings, resourceNames: strings, nonResourceURLs: strings });

const bindingFields = {
  subjects: list(struct('v1.Subject', { kind: str, apiGroup: str, name: str, namespace: str })),
  roleRef: struct('v1.RoleRef', { apiGroup: str, kind: str, name: str }),
};

const jobSpec = struct('v1.JobSpec', {
  parallelism: int32, completions: int32, activeDeadlineSeconds: int64, podFailurePolicy: opaque('v1.PodFailurePolicy'),
  successPolicy: opaque('v1.SuccessPolicy'), backoffLimit: int32, backoffLimitPerIndex: int32, maxFailedIndexes: int32,
  selector: labelSelector, manualSelector: bool, template: podTemplateSpec, ttlSecondsAfterFinished: int32,
  completionMode: named('v1.CompletionMode'), suspend: bool, podReplacementPolicy: named('v1.PodReplacementPolicy'), managedBy: str,
});
const jobStatus = struct('v1.JobStatus', {
  conditions: list(workloadCondition('v1.JobCondition')), startTime: time, completionTime: time, active: int32, succeeded: int32,
  failed: int32, terminating: int32, completedIndexes: str, failedIndexes: str, uncountedTerminatedPods: opaque('v1.UncountedTerminatedPods'), ready: int32,
});

/** Top-level fields of a kind: TypeMeta, ObjectMeta and the kind's own. */
function kind(go: string, fields: Record<string, GoType>): GoType {
  return struct(go, { apiVersion: str, kind: str, metadata: objectMeta, ...fields });
}

const workloadSpecCommon = { selector: labelSelector, template: podTemplateSpec, minReadySeconds: int32, revisionHistoryLimit: int32 };

/** Kind name -> its Go type. */
export const KIND_SCHEMAS: Record<string, GoType> = {
  Pod: kind('v1.Pod', { spec: podSpec, status: podStatus }),
  Node: kind('v1.Node', {
    spec: struct('v1.NodeSpec', {
      podCIDR: str, podCIDRs: strings, providerID: str, unschedulable: bool,
      taints: list(struct('v1.Taint', { key: str, value: str, effect: named('v1.TaintEffect'), timeAdded: time })),
      configSource: opaque('v1.NodeConfigSource'), externalID: str,
    }),
    status: struct('v1.NodeStatus', {
      capacity: resourceList, allocatable: resourceList, phase: named('v1.NodePhase'), conditions: list(nodeCondition),
      addresses: list(struct('v1.NodeAddress', { type: named('v1.NodeAddressType'), address: str })),
      daemonEndpoints: opaque('v1.NodeDaemonEndpoints'), nodeInfo: opaque('v1.NodeSystemInfo'), images: list(opaque('v1.ContainerImage')),
      volumesInUse: list(named('v1.UniqueVolumeName')), volumesAttached: list(opaque('v1.AttachedVolume')),
      config: opaque('v1.NodeConfigStatus'), runtimeHandlers: list(opaque('v1.NodeRuntimeHandler')), features: opaque('v1.NodeFeatures'),
    }),
  }),
  Namespace: kind('v1.Namespace', {
    spec: struct('v1.NamespaceSpec', { finalizers: list(named('v1.FinalizerName')) }),
    status: struct('v1.NamespaceStatus', { phase: named('v1.NamespacePhase'), conditions: list(opaque('v1.NamespaceCondition')) }),
  }),
  Service: kind('v1.Service', {
    spec: struct('v1.ServiceSpec', {
      ports: list(servicePort), selector: labels, clusterIP: str, clusterIPs: strings, type: named('v1.ServiceType'),
      externalIPs: strings, sessionAffinity: named('v1.ServiceAffinity'), loadBalancerIP: str, loadBalancerSourceRanges: strings,
      externalName: str, externalTrafficPolicy: named('v1.ServiceExternalTrafficPolicy'), healthCheckNodePort: int32,
      publishNotReadyAddresses: bool, sessionAffinityConfig: opaque('v1.SessionAffinityConfig'), ipFamilies: list(named('v1.IPFamily')),
      ipFamilyPolicy: named('v1.IPFamilyPolicy'), allocateLoadBalancerNodePorts: bool, loadBalancerClass: str,
      internalTrafficPolicy: named('v1.ServiceInternalTrafficPolicy'), trafficDistribution: str,
    }),
    status: struct('v1.ServiceStatus', {
      loadBalancer: struct('v1.LoadBalancerStatus', { ingress: list(struct('v1.LoadBalancerIngress', { ip: str, hostname: str, ipMode: named('v1.LoadBalancerIPMode'), ports: list(opaque('v1.PortStatus')) })) }),
      conditions: list(opaque('v1.Condition')),
    }),
  }),
  Endpoints: kind('v1.Endpoints', {
    subsets: list(struct('v1.EndpointSubset', { addresses: list(endpointAddress), notReadyAddresses: list(endpointAddress), ports: list(endpointPort) })),
  }),
  Event: kind('v1.Event', {
    involvedObject: objectReference, reason: str, message: str, source: struct('v1.EventSource', { component: str, host: str }),
    firstTimestamp: time, lastTimestamp: time, count: int32, type: str, eventTime: microTime, series: opaque('v1.EventSeries'),
    action: str, related: objectReference, reportingComponent: str, reportingInstance: str,
  }),
  ReplicationController: kind('v1.ReplicationController', {
    spec: struct('v1.ReplicationControllerSpec', { replicas: int32, minReadySeconds: int32, selector: labels, template: podTemplateSpec }),
    status: struct('v1.ReplicationControllerStatus', {
      replicas: int32, fullyLabeledReplicas: int32, readyReplicas: int32, availableReplicas: int32, observedGeneration: int64,
      conditions: list(workloadCondition('v1.ReplicationControllerCondition')),
    }),
  }),
  ResourceQuota: kind('v1.ResourceQuota', {
    spec: struct('v1.ResourceQuotaSpec', { hard: resourceList, scopes: list(named('v1.ResourceQuotaScope')), scopeSelector: opaque('v1.ScopeSelector') }),
    status: struct('v1.ResourceQuotaStatus', { hard: resourceList, used: resourceList }),
  }),
  ConfigMap: kind('v1.ConfigMap', { immutable: bool, data: labels, binaryData: map(bytes) }),
  ServiceAccount: kind('v1.ServiceAccount', { secrets: list(objectReference), imagePullSecrets: list(localObjectReference), automountServiceAccountToken: bool }),
  Secret: kind('v1.Secret', { immutable: bool, data: map(bytes), stringData: labels, type: named('v1.SecretType') }),
  Deployment: kind('v1.Deployment', {
    spec: struct('v1.DeploymentSpec', {
      replicas: int32, ...workloadSpecCommon, paused: bool, progressDeadlineSeconds: int32,
      strategy: struct('v1.DeploymentStrategy', { type: named('v1.DeploymentStrategyType'), rollingUpdate: rollingUpdateDeployment }),
    }),
    status: struct('v1.DeploymentStatus', {
      observedGeneration: int64, replicas: int32, updatedReplicas: int32, readyReplicas: int32, availableReplicas: int32,
      unavailableReplicas: int32, terminatingReplicas: int32, conditions: list(workloadCondition('v1.DeploymentCondition')), collisionCount: int32,
    }),
  }),
  ReplicaSet: kind('v1.ReplicaSet', {
    spec: struct('v1.ReplicaSetSpec', { replicas: int32, minReadySeconds: int32, selector: labelSelector, template: podTemplateSpec }),
    status: replicaSetStatus,
  }),
  DaemonSet: kind('v1.DaemonSet', {
    spec: struct('v1.DaemonSetSpec', {
      ...workloadSpecCommon,
      updateStrategy: struct('v1.DaemonSetUpdateStrategy', {
        type: named('v1.DaemonSetUpdateStrategyType'),
        rollingUpdate: struct('v1.RollingUpdateDaemonSet', { maxUnavailable: intOrString, maxSurge: intOrString }),
      }),
    }),
    status: struct('v1.DaemonSetStatus', {
      currentNumberScheduled: int32, numberMisscheduled: int32, desiredNumberScheduled: int32, numberReady: int32, observedGeneration: int64,
      updatedNumberScheduled: int32, numberAvailable: int32, numberUnavailable: int32, collisionCount: int32,
      conditions: list(workloadCondition('v1.DaemonSetCondition')),
    }),
  }),
  StatefulSet: kind('v1.StatefulSet', {
    spec: struct('v1.StatefulSetSpec', {
      replicas: int32, ...workloadSpecCommon, serviceName: str, podManagementPolicy: named('v1.PodManagementPolicyType'),
      volumeClaimTemplates: list(opaque('v1.PersistentVolumeClaim')),
      updateStrategy: struct('v1.StatefulSetUpdateStrategy', {
        type: named('v1.StatefulSetUpdateStrategyType'),
        rollingUpdate: struct('v1.RollingUpdateStatefulSetStrategy', { partition: int32, maxUnavailable: intOrString }),
      }),
      persistentVolumeClaimRetentionPolicy: opaque('v1.StatefulSetPersistentVolumeClaimRetentionPolicy'), ordinals: opaque('v1.StatefulSetOrdinals'),
    }),
    status: struct('v1.StatefulSetStatus', {
      observedGeneration: int64, replicas: int32, readyReplicas: int32, currentReplicas: int32, updatedReplicas: int32,
      currentRevision: str, updateRevision: str, collisionCount: int32, availableReplicas: int32,
      conditions: list(workloadCondition('v1.StatefulSetCondition')),
    }),
  }),
  Lease: kind('v1.Lease', {
    spec: struct('v1.LeaseSpec', {
      holderIdentity: str, leaseDurationSeconds: int32, acquireTime: microTime, renewTime: microTime, leaseTransitions: int32,
      strategy: named('v1.CoordinatedLeaseStrategy'), preferredHolder: str,
    }),
  }),
  EndpointSlice: kind('v1.EndpointSlice', {
    addressType: named('v1.AddressType'),
    endpoints: list(struct('v1.Endpoint', {
      addresses: strings, conditions: struct('v1.EndpointConditions', { ready: bool, serving: bool, terminating: bool }),
      hostname: str, targetRef: objectReference, deprecatedTopology: labels, nodeName: str, zone: str, hints: opaque('v1.EndpointHints'),
    })),
    ports: list(struct('v1.EndpointPort', { name: str, protocol: named('v1.Protocol'), port: int32, appProtocol: str })),
  }),
  PriorityClass: kind('v1.PriorityClass', { value: int32, globalDefault: bool, description: str, preemptionPolicy: named('v1.PreemptionPolicy') }),
  Job: kind('v1.Job', { spec: jobSpec, status: jobStatus }),
  CronJob: kind('v1.CronJob', {
    spec: struct('v1.CronJobSpec', {
      schedule: str, timeZone: str, startingDeadlineSeconds: int64, concurrencyPolicy: named('v1.ConcurrencyPolicy'), suspend: bool,
      jobTemplate: struct('v1.JobTemplateSpec', { metadata: objectMeta, spec: jobSpec }), successfulJobsHistoryLimit: int32, failedJobsHistoryLimit: int32,
    }),
    status: struct('v1.CronJobStatus', { active: list(objectReference), lastScheduleTime: time, lastSuccessfulTime: time }),
  }),
  ClusterRole: kind('v1.ClusterRole', { rules: list(policyRule), aggregationRule: opaque('v1.AggregationRule') }),
  Role: kind('v1.Role', { rules: list(policyRule) }),
  ClusterRoleBinding: kind('v1.ClusterRoleBinding', bindingFields),
  RoleBinding: kind('v1.RoleBinding', bindingFields),
};

/** The Go type of a kind; undefined for kinds without a schema (decoded as they come). */
export function schemaOfKind(kindName: string): GoType | undefined {
  return Object.hasOwn(KIND_SCHEMAS, kindName) ? KIND_SCHEMAS[kindName] : undefined;
}
