// kubectl for workloads: create deployment, scale, set image, rollout, describe deploy/rs/rc.
// (`get` columns for them live in ../printers.ts.) Imported from src/sim/cluster/extensionModules.ts.
import './createDeployment.ts';
import './scale.ts';
import './rollout.ts';
import './describeWorkloads.ts';
