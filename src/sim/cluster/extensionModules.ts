// Modules that fill the process-wide tables of the API machinery and the CLIs (resource kinds,
// defaulting, validation, kubectl verbs, printers, describers, shell tools) by being imported. The
// cluster's components, controllers and admission plugins are not here: composition.ts lists them.
import '../api/discoveredKinds.ts';
import '../api/configDataApi.ts';
import '../cli/kubectl/index.ts';
import '../cli/fileTools.ts';
import '../cli/files/fileCommands.ts';
import '../cli/editor/editorCommands.ts';
import '../cli/registerTerminalExtras.ts';
// Workload API defaulting and validation, and the workload kubectl commands.
import '../controllers/appsapi/defaults.ts';
import '../controllers/appsapi/validation.ts';
import '../controllers/batchapi/defaults.ts';
import '../controllers/batchapi/validation.ts';
import '../cli/kubectl/workloads/index.ts';
import '../cli/kubectl/objects/index.ts';
// Service defaulting and validation, and the services kubectl commands (services helper).
import '../apiserver/registry/serviceRegistration.ts';
import '../cli/kubectl/services/index.ts';
// The shell's text tools, job builtins and kubectl proxy (after services: it wraps their host curl).
import '../cli/registerShellFeatures.ts';
