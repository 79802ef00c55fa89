// ConfigMaps, Secrets, Jobs, CronJobs, ServiceAccounts and RBAC objects on the kubectl side: create
// subcommands, printers, describers, auth can-i. Imported for its side effects from
// cluster/extensionModules.ts.
import './createConfigData.ts';
import './configDataPrinters.ts';
import './batchPrinters.ts';
import './createBatch.ts';
import './authVerb.ts';
import './createRbac.ts';
import './execConfigData.ts';
