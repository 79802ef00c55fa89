// The container machine is driven through a transition table (thousands of containers cost no
// actor each); the table itself is generic and lives with the component base.
export { StateTable, stateKey } from '../../cluster/stateTable.ts';
