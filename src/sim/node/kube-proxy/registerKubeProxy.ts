// Starts one kube-proxy per node (the processes behind the kube-proxy DaemonSet's host-network
// pods that the bootstrap wrote). Imported from src/sim/cluster/extensionModules.ts.
import { registerClusterExtension } from '../../cluster/extensions.ts';
import { KubeProxy } from './kubeProxy.ts';
import { registerClusterNetwork } from '../../network/clusterNetwork.ts';
import { ApiserverEndpointReconciler } from '../../controllers/endpointsApiserverReconciler.ts';

/** kubeadm's podSubnet for the flannel-style network the bootstrap uses; kube-proxy's --cluster-cidr. */
export const POD_SUBNET = '10.244.0.0/16';

registerClusterExtension({
  name: 'kube-proxy',
  create(ctx) {
    registerClusterNetwork({ sim: ctx.sim, apiServer: ctx.apiServer }, ctx.session);
    for (const node of ctx.boot.nodes) ctx.add(new KubeProxy(ctx.sim, { nodeName: node.name, clusterCIDR: POD_SUBNET }));
    // The kubernetes Service's endpoints (kube-apiserver publishes them itself), so its rules exist too.
    const controlPlane = ctx.boot.nodes.find((n) => n.controlPlane) ?? ctx.boot.nodes[0];
    if (controlPlane && !ctx.apiServer.cached('endpointslices', 'default', 'kubernetes')) {
      ctx.add(new ApiserverEndpointReconciler(ctx.sim, controlPlane.ip, controlPlane.name));
    }
  },
});
