// kubectl verbs, create subcommands and printers for Services, Namespaces, ResourceQuotas, kubeconfig
// contexts and declarative apply. Imported for its side effects from cluster/extensionModules.ts.
import './configVerb.ts';
import './createVerbs.ts';
import './exposeVerb.ts';
import './printers.ts';
import '../apply/applyVerb.ts';
import './netTools.ts';
import './describers.ts';
