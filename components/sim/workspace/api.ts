// The workspace's public door: how a note's Run buttons (Sim.astro's inline script, which repeats
// this protocol by hand) and other islands (lab tasks) open the docked panel. It imports nothing, so
// calling it costs an island a few hundred bytes (it shares the Run queue's names with run-queue.ts); the panel's own code is fetched only when a
// request arrives (the `client:workspace` directive hydrates the panel on OPEN_EVENT).
//
// Protocol: push an OpenRequest onto window[WORKSPACE_QUEUE], then dispatch OPEN_EVENT on document.
// Every workspace on the page drains the requests addressed to it (`target`, its id) and the
// untargeted ones go to the first workspace of the page.

import { RUN_QUEUE } from '../run-queue.ts';

export const OPEN_EVENT = 'k8s-workspace:open';
export const CLOSE_EVENT = 'k8s-workspace:close';
export const WORKSPACE_QUEUE = '__k8sWorkspace';
/** localStorage key of the reader's preferences (open or not, collapsed, width). */
export const PREFS_KEY = 'k8s-notes:workspace';

export interface OpenRequest {
  /** The workspace to open (the `id` given to Workspace.astro; a note's is its scenario id). Default: the page's first. */
  target?: string;
  /** Where focus goes back on Escape or close (default: what had focus when the request was made). */
  returnFocus?: Element | null;
  /**
   * Content beside the terminal (a lab task's statement with its Check/Hint buttons): called with an
   * empty element inside the panel to render into (e.g. Preact's `render(h(Task, props), el)`). May
   * return a cleanup, called when another request replaces the content or the workspace closes.
   */
  slot?: (el: HTMLElement) => void | (() => void);
  /** Commands to run in the hosted player once it is ready, as a Run button sends them. */
  commands?: string[];
}

type Queue = OpenRequest[];

function queue(): Queue {
  const w = window as unknown as Record<string, unknown>;
  const q = w[WORKSPACE_QUEUE];
  if (Array.isArray(q)) return q as Queue;
  const fresh: Queue = [];
  w[WORKSPACE_QUEUE] = fresh;
  return fresh;
}

/** Opens (docks) a workspace, optionally with content beside its terminal and commands to run. */
export function openWorkspace(request: OpenRequest = {}): void {
  const returnFocus = request.returnFocus === undefined ? document.activeElement : request.returnFocus;
  if (request.commands?.length) {
    // The player's own Run queue (components/sim/run-queue.ts), which it drains once hydrated.
    const w = window as unknown as Record<string, unknown>;
    const runs = (w[RUN_QUEUE] ??= []) as { commands: string[] }[];
    runs.push({ commands: request.commands });
  }
  queue().push({ ...request, returnFocus });
  // The workspace fires RUN_EVENT once it has docked the player (see WorkspaceBar).
  document.dispatchEvent(new CustomEvent(OPEN_EVENT));
}

/** Closes a workspace (puts its player back in the note); without a target, every open one. */
export function closeWorkspace(target?: string): void {
  document.dispatchEvent(new CustomEvent(CLOSE_EVENT, { detail: { target } }));
}

/** Takes the requests addressed to a workspace (untargeted ones go to the page's first workspace). */
export function takeRequests(id: string, isFirst: boolean): OpenRequest[] {
  const q = queue();
  const mine = q.filter((r) => r.target === id || (r.target === undefined && isFirst));
  for (const r of mine) q.splice(q.indexOf(r), 1);
  return mine;
}
