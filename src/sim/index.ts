/**
 * Public API of the simulation engine (issue 3). The player, the notes' scenarios and the tests use
 * only what is exported here. See README.md for the architecture and how to write a component.
 *
 * This is the full, synchronous engine (`~/sim`: tests, bench, Astro SSR, notes' build-time code):
 * the browser entry core.ts plus its lazily loaded CLI parts, registered here eagerly, so
 * prepareCommands is a resolved no-op and no command line needs it.
 */
export * from './core.ts';
import './cli/kubectl/help/registerVerbHelp.ts';
import './cli/etcdctl/registerEtcdctl.ts';
