// Window events between the labs' pieces (the boot script, the task panels, the practice page).

/** Fired on window after the stored progress changed (a check, a revealed solution, an import, a forget). */
export const PROGRESS_EVENT = 'k8s-labs:progress';
