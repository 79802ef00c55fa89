// Registers the controllers of src/sim/controllers and the kube-controller-manager component.
// Imported (for its side effects) from src/sim/cluster/extensionModules.ts.
import { registerClusterExtension } from '../../cluster/extensions.ts';
import '../appsapi/defaults.ts';
import '../appsapi/validation.ts';
import { KubeControllerManager } from './kubeControllerManager.ts';
import { registerController, registeredControllers } from './controllerPlugin.ts';
import { replicaSetControllerPlugin, replicationControllerPlugin } from '../replicaset/replicaControllerLoop.ts';
import { deploymentControllerPlugin } from '../deployment/deploymentControllerLoop.ts';
import { nodeLifecyclePlugin } from '../nodelifecycle/nodeLifecycleLoop.ts';
import { taintEvictionPlugin } from '../nodelifecycle/taintEvictionLoop.ts';
import { garbageCollectorPlugin } from '../garbagecollector/garbageCollector.ts';

registerController(deploymentControllerPlugin);
registerController(replicaSetControllerPlugin);
registerController(replicationControllerPlugin);
registerController(nodeLifecyclePlugin());
registerController(taintEvictionPlugin);
registerController(garbageCollectorPlugin);

registerClusterExtension({
  name: 'kube-controller-manager',
  create(ctx) {
    const controlPlane = ctx.boot.nodes.find((n) => n.controlPlane) ?? ctx.boot.nodes[0];
    ctx.add(new KubeControllerManager(ctx.sim, registeredControllers(), controlPlane?.name));
  },
});
