// What a cluster is made of, in one place and in the order that matters: the admission plugins
// kube-apiserver runs, the controllers of kube-controller-manager, and the components created
// beside the core ones (etcd, kube-apiserver, kube-scheduler, kubelets and container runtimes,
// which createCluster always builds). createCluster({ composition }) takes another one (a test
// can leave out the ResourceQuota plugin); standardComposition is a kubeadm cluster's.
import { namespaceLifecyclePlugin, type AdmissionPlugin } from '../apiserver/admission.ts';
import { resourceQuotaPlugin } from '../apiserver/admission/resourceQuotaPlugin.ts';
import { serviceAllocationPlugin } from '../apiserver/registry/serviceAllocationPlugin.ts';
import { ApiserverEndpointReconciler } from '../controllers/endpointsApiserverReconciler.ts';
import { endpointSliceControllerPlugin, endpointSliceMirroringControllerPlugin, endpointsControllerPlugin } from '../controllers/endpointsControllerLoop.ts';
import { daemonSetControllerPlugin } from '../controllers/daemonset/daemonSetControllerLoop.ts';
import { deploymentControllerPlugin } from '../controllers/deployment/deploymentControllerLoop.ts';
import { garbageCollectorPlugin } from '../controllers/garbagecollector/garbageCollector.ts';
import type { ControllerPlugin } from '../controllers/manager/controllerPlugin.ts';
import { KubeControllerManager } from '../controllers/manager/kubeControllerManager.ts';
import { nodeLifecyclePlugin } from '../controllers/nodelifecycle/nodeLifecycleLoop.ts';
import { taintEvictionPlugin } from '../controllers/nodelifecycle/taintEvictionLoop.ts';
import { replicaSetControllerPlugin, replicationControllerPlugin } from '../controllers/replicaset/replicaControllerLoop.ts';
import { resourceQuotaControllerPlugin } from '../controllers/resourcequotaControllerLoop.ts';
import { jobControllerPlugin } from '../controllers/job/jobControllerLoop.ts';
import { cronJobControllerPlugin } from '../controllers/cronjob/cronJobControllerLoop.ts';
import { serviceAccountsControllerPlugin } from '../controllers/serviceaccount/serviceAccountsController.ts';
import { registerClusterNetwork } from '../network/clusterNetwork.ts';
import { KubeProxy } from '../node/kube-proxy/kubeProxy.ts';
import type { ClusterExtension } from './extensions.ts';

export interface ClusterComposition {
  /** kube-apiserver's --enable-admission-plugins in the order they run; ResourceQuota must be last (k8s-facts 9.2). */
  admissionPlugins: readonly AdmissionPlugin[];
  /** kube-controller-manager's controllers, in the order they start (informers open in this order). */
  controllers: readonly ControllerPlugin[];
  /** Components created after the bootstrap objects are in etcd and before the clock starts, in this order. */
  components: readonly ClusterExtension[];
}

/** kubeadm's podSubnet for the flannel-style network the bootstrap uses; kube-proxy's --cluster-cidr. */
export const POD_SUBNET = '10.244.0.0/16';

/** kube-controller-manager on the control-plane node, running the composition's controllers. */
export const kubeControllerManagerComponent: ClusterExtension = {
  name: 'kube-controller-manager',
  create(ctx) {
    const controlPlane = ctx.boot.nodes.find((n) => n.controlPlane) ?? ctx.boot.nodes[0];
    ctx.add(new KubeControllerManager(ctx.sim, ctx.controllers, controlPlane?.name));
  },
};

/**
 * One kube-proxy per node (the processes behind the kube-proxy DaemonSet's host-network pods that
 * the bootstrap wrote), the cluster network they program, and the kubernetes Service's endpoints
 * (kube-apiserver publishes them itself), so that its rules exist too.
 */
export const kubeProxyComponent: ClusterExtension = {
  name: 'kube-proxy',
  create(ctx) {
    registerClusterNetwork({ sim: ctx.sim, apiServer: ctx.apiServer }, ctx.session);
    for (const node of ctx.boot.nodes) ctx.add(new KubeProxy(ctx.sim, { nodeName: node.name, clusterCIDR: POD_SUBNET }));
    const controlPlane = ctx.boot.nodes.find((n) => n.controlPlane) ?? ctx.boot.nodes[0];
    if (controlPlane && !ctx.apiServer.cached('endpointslices', 'default', 'kubernetes')) {
      ctx.add(new ApiserverEndpointReconciler(ctx.sim, controlPlane.ip, controlPlane.name));
    }
  },
};

export const standardComposition: ClusterComposition = {
  admissionPlugins: [namespaceLifecyclePlugin, serviceAllocationPlugin, resourceQuotaPlugin],
  controllers: [
    deploymentControllerPlugin,
    replicaSetControllerPlugin,
    replicationControllerPlugin,
    daemonSetControllerPlugin,
    nodeLifecyclePlugin(),
    taintEvictionPlugin,
    garbageCollectorPlugin,
    endpointsControllerPlugin,
    endpointSliceControllerPlugin,
    endpointSliceMirroringControllerPlugin,
    resourceQuotaControllerPlugin,
    jobControllerPlugin,
    cronJobControllerPlugin,
    serviceAccountsControllerPlugin,
  ],
  components: [kubeControllerManagerComponent, kubeProxyComponent],
};
