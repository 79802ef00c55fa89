/**
 * An interactive editor session, the one step of a command that waits for the reader instead of the
 * cluster. A program (vi, nano, kubectl edit) yields `{ type: 'edit', request }`; the command runner
 * holds the line until the editor's answer arrives (`Cluster.answerEdit`, or `ExecOptions.editor` in
 * tests) and resumes the program with it. The engine stays deterministic: the answer is an input
 * like a typed line, recorded with the step it was given at.
 */
export interface EditRequest {
  /** The file being edited, as the command named it (kubectl edit: its /tmp file). */
  path: string;
  /** The buffer the editor opens with. */
  text: string;
  /** Which key bindings the terminal program would use: vi/vim, or nano. */
  keys: 'vi' | 'nano';
  /** What is edited: a file of the session, or an object (kubectl edit; YAML or JSON). */
  purpose: 'file' | 'object';
  /** The buffer's language (highlighting). */
  language: 'yaml' | 'json' | 'text';
}

/** The saved buffer, or null when the editor quit without writing (`:q!`, Cancel). */
export type EditAnswer = string | null;

/** Answers edits at once (tests, cluster.exec): the function sees each request in turn. */
export type Editor = (request: EditRequest) => EditAnswer;

/** Opens the editor and resumes with what was saved (null: quit without writing). */
export function* openEditor(request: EditRequest): Generator<{ type: 'edit'; request: EditRequest }, EditAnswer, unknown> {
  return (yield { type: 'edit', request }) as EditAnswer;
}

/** The buffer's language from the file name. */
export function languageOf(path: string): EditRequest['language'] {
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.json$/i.test(path)) return 'json';
  return 'text';
}

/** The editor kubectl edit launches: $KUBE_EDITOR, then $EDITOR, else vi (kubectl's order). */
export function editorKeys(env: Record<string, string | undefined>): EditRequest['keys'] {
  const chosen = env.KUBE_EDITOR || env.EDITOR || 'vi';
  return /(^|\/)nano(\s|$)/.test(chosen) ? 'nano' : 'vi';
}
