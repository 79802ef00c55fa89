/** @jsxImportSource preact */
// The file editor in place of the terminal: vi FILE, vim FILE, nano FILE and kubectl edit open it,
// and its answer (the last written buffer, or null when nothing was written) resumes the waiting
// command. A chunk of its own with CodeMirror (codemirror.ts), fetched on first use by EditorHost.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../src/sim/scenarios/types.ts';
import { editorStrings } from '../../../src/i18n/editor.ts';
import type { EditRequestView } from '../model/cluster-contract.ts';
import { fmt } from '../format.ts';
import { createEditor, type EditorHandle } from './codemirror.ts';
import { readVimPreference, saveVimPreference } from './preferences.ts';
import './editor.css';

export interface EditorPanelProps {
  lang: Lang;
  request: EditRequestView;
  /** The editor closed: the buffer last written, or null when nothing was. */
  onDone(answer: string | null): void;
}

export default function EditorPanel({ lang, request, onDone }: EditorPanelProps) {
  const t = editorStrings(lang);
  const hostRef = useRef<HTMLDivElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const editorRef = useRef<EditorHandle | undefined>(undefined);
  const writtenRef = useRef<string | null>(null);
  const doneRef = useRef(false);
  const [vimOn, setVimOn] = useState(() => (request.keys === 'vi' ? readVimPreference() : false));
  const [message, setMessage] = useState('');
  const [nanoAsking, setNanoAsking] = useState(false);

  const finish = (answer: string | null) => {
    if (doneRef.current) return;
    doneRef.current = true;
    onDone(answer);
  };
  const current = () => editorRef.current?.text() ?? request.text;
  const modified = () => current() !== (writtenRef.current ?? request.text);
  const write = (text: string) => {
    writtenRef.current = text;
    setMessage(fmt(t.written, { path: request.path }));
  };
  const callbacks = {
    write,
    writeQuit: (text: string) => finish(text),
    quit: (force: boolean) => {
      if (!force && modified()) setMessage(t.e37);
      else finish(writtenRef.current);
    },
  };
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;

  useEffect(() => {
    const parent = hostRef.current;
    if (!parent) return;
    const handle = createEditor({
      parent,
      text: request.text,
      language: request.language,
      vim: vimOn,
      label: fmt(t.area, { path: request.path }),
      callbacks: {
        write: (text) => callbacksRef.current.write(text),
        writeQuit: (text) => callbacksRef.current.writeQuit(text),
        quit: (force) => callbacksRef.current.quit(force),
      },
    });
    editorRef.current = handle;
    handle.focus();
    return () => handle.destroy();
    // One editor per request: the component is keyed by it.
  }, []);

  const toggleVim = (on: boolean) => {
    setVimOn(on);
    saveVimPreference(on);
    editorRef.current?.setVim(on);
    editorRef.current?.focus();
  };

  // nano's keys (when Vim keys are off) and the way out of the text with Escape.
  const onKeyDown = (e: KeyboardEvent) => {
    const inText = (e.target as Element | null)?.closest?.('.cm-editor') !== null;
    if (nanoAsking) {
      const key = e.key.toLowerCase();
      if (key === 'y' || key === 'n' || (e.ctrlKey && key === 'c') || key === 'escape') {
        e.preventDefault();
        setNanoAsking(false);
        setMessage('');
        if (key === 'y') finish(current());
        else if (key === 'n') finish(writtenRef.current);
        else editorRef.current?.focus();
      }
      return;
    }
    if (vimOn || !inText) return;
    if (e.ctrlKey && !e.altKey && e.key.toLowerCase() === 'o') {
      e.preventDefault();
      write(current());
    } else if (e.ctrlKey && !e.altKey && e.key.toLowerCase() === 'x') {
      e.preventDefault();
      if (modified()) {
        setNanoAsking(true);
        setMessage(t.nanoSaveQuestion);
      } else finish(writtenRef.current);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      saveRef.current?.focus();
    }
  };

  const help = vimOn ? t.helpVim : request.keys === 'nano' ? t.helpNano : t.helpPlain;
  return (
    <div class="sim-editor" role="group" aria-label={fmt(t.label, { path: request.path })} onKeyDownCapture={onKeyDown}>
      <div class="sim-editor-bar">
        <code class="sim-editor-path">{request.path}</code>
        <label class="sim-editor-vim">
          <input type="checkbox" checked={vimOn} onChange={(e) => toggleVim((e.target as HTMLInputElement).checked)} />
          {t.vimKeys}
        </label>
        <button type="button" class="sim-button" ref={saveRef} onClick={() => finish(current())}>
          {t.save}
        </button>
        <button type="button" class="sim-button" onClick={() => finish(writtenRef.current)}>
          {t.cancel}
        </button>
      </div>
      <div class="sim-editor-host" ref={hostRef} />
      <p class="sim-editor-status" role="status">
        {message}
      </p>
      <p class="sim-hint sim-editor-help">
        {help}
        {request.purpose === 'object' ? ` ${t.objectNote}` : ''}
      </p>
    </div>
  );
}
