// Modules that register cluster extensions, kubectl verbs/resources or admission plugins by being
// imported. Other parts of the engine add one import line here.
import '../cli/kubectl/index.ts';
import '../cli/fileTools.ts';
import '../cli/registerTerminalExtras.ts';
// kube-controller-manager (controllers helper) and the workload kubectl commands.
import '../controllers/manager/registerControllers.ts';
import '../cli/kubectl/workloads/index.ts';
// Services, endpoints, kube-proxy, namespaces, quotas, apply (services helper). ResourceQuota must stay
// the last admission plugin registered (k8s-facts 9.2): keep its import at the end of this file.
import '../apiserver/registry/serviceRegistration.ts';
import '../controllers/servicesControllers.ts';
import '../node/kube-proxy/registerKubeProxy.ts';
import '../cli/kubectl/services/index.ts';
// The shell's text tools, job builtins and kubectl proxy (after services: it wraps their host curl).
import '../cli/registerShellFeatures.ts';
import '../apiserver/admission/resourceQuotaPlugin.ts';
