// Every lab task, by note (issue 13). Tasks are data; see types.ts. The catalogue (catalog.ts) and the
// engine-free runner (play.ts) are what the browser loads; run.ts binds them to the full engine.
export type * from './types.ts';
export { startTask, runScript, checkTask } from './run.ts';
export { startTaskWith } from './play.ts';
export { labTasks, taskKey, tasksForNote } from './catalog.ts';
