// The file editor's CodeMirror 6 core: a chunk of its own, imported only when the reader first opens
// an editor (vi FILE, nano FILE, kubectl edit), so a note's JavaScript does not grow by it.
// Vim key bindings come from @replit/codemirror-vim and can be switched on and off while editing.
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { Vim, vim } from '@replit/codemirror-vim';

/** What the editor asks of its host (the Editor component). */
export interface EditorCallbacks {
  /** `:w`, Ctrl+O (nano): the buffer is written and editing goes on. */
  write(text: string): void;
  /** `:wq`, `:x`, `ZZ`, Ctrl+S: write and leave. */
  writeQuit(text: string): void;
  /** `:q` (refused with E37 when the buffer changed since the last write), `:q!`, `ZQ`. */
  quit(force: boolean): void;
}

export interface EditorHandle {
  text(): string;
  setVim(on: boolean): void;
  focus(): void;
  destroy(): void;
}

export interface EditorOptions {
  parent: HTMLElement;
  text: string;
  language: 'yaml' | 'json' | 'text';
  vim: boolean;
  /** The accessible name of the editing area. */
  label: string;
  callbacks: EditorCallbacks;
}

// The ex commands are process-wide in codemirror-vim: they reach the editor that runs them through
// its view, so each view keeps its host's callbacks.
const hosts = new WeakMap<EditorView, EditorCallbacks>();
let exDefined = false;

function defineEx(): void {
  if (exDefined) return;
  exDefined = true;
  type Cm = { cm6: EditorView };
  type Params = { argString?: string; input?: string };
  const host = (cm: Cm) => hosts.get(cm.cm6);
  const text = (cm: Cm) => cm.cm6.state.doc.toString();
  const bang = (p: Params) => /!\s*$/.test(p.input ?? p.argString ?? '');
  Vim.defineEx('write', 'w', (cm: Cm, p: Params) => {
    if (/q/.test(p.input ?? '')) host(cm)?.writeQuit(text(cm));
    else host(cm)?.write(text(cm));
  });
  Vim.defineEx('wq', 'wq', (cm: Cm) => host(cm)?.writeQuit(text(cm)));
  Vim.defineEx('xit', 'x', (cm: Cm) => host(cm)?.writeQuit(text(cm)));
  Vim.defineEx('quit', 'q', (cm: Cm, p: Params) => host(cm)?.quit(bang(p)));
  Vim.defineEx('qall', 'qa', (cm: Cm, p: Params) => host(cm)?.quit(bang(p)));
  Vim.map('ZZ', ':x<CR>', 'normal');
  Vim.map('ZQ', ':q!<CR>', 'normal');
}

function languageExtension(language: EditorOptions['language']): Extension {
  // JSON is YAML's flow syntax: the YAML grammar highlights both.
  return language === 'text' ? [] : yaml();
}

export function createEditor(options: EditorOptions): EditorHandle {
  defineEx();
  const vimMode = new Compartment();
  const saveKey = keymap.of([
    {
      key: 'Mod-s',
      preventDefault: true,
      run: (view) => {
        options.callbacks.writeQuit(view.state.doc.toString());
        return true;
      },
    },
  ]);
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        // Vim's keymap must come before the others to see keys first.
        vimMode.of(options.vim ? vim() : []),
        saveKey,
        // codemirror's basicSetup without autocompletion, linting and the search panel (Vim has its
        // own search), which would double the chunk for nothing a manifest needs.
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        languageExtension(options.language),
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true' }),
        EditorView.lineWrapping,
      ],
    }),
  });
  hosts.set(view, options.callbacks);
  return {
    text: () => view.state.doc.toString(),
    setVim: (on) => view.dispatch({ effects: vimMode.reconfigure(on ? vim() : []) }),
    focus: () => view.focus(),
    destroy: () => {
      hosts.delete(view);
      view.destroy();
    },
  };
}
