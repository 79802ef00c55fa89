// Registers the Endpoints, EndpointSlice, EndpointSlice mirroring and resource quota controllers
// with kube-controller-manager.
// Imported for its side effects from src/sim/cluster/extensionModules.ts, before the manager's
// own registration module creates the component.
import { registerController } from './manager/controllerPlugin.ts';
import { endpointSliceControllerPlugin, endpointSliceMirroringControllerPlugin, endpointsControllerPlugin } from './endpointsControllerLoop.ts';
import { resourceQuotaControllerPlugin } from './resourcequotaControllerLoop.ts';

registerController(endpointsControllerPlugin);
registerController(endpointSliceControllerPlugin);
registerController(endpointSliceMirroringControllerPlugin);
registerController(resourceQuotaControllerPlugin);
