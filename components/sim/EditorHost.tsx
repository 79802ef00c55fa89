/** @jsxImportSource preact */
// Where the file editor appears (in place of the terminal while a command waits on it). The editor
// and CodeMirror are a chunk of their own, fetched the first time one opens; until then a status line
// says so, and if the fetch fails a plain text area stands in so the command can still be answered.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Lang } from '../../src/sim/scenarios/types.ts';
import type { EditRequestView } from './model/cluster-contract.ts';
import type { EditorPanelProps } from './editor/EditorPanel.tsx';

const WORDS = {
  ko: { loading: '편집기를 불러오는 중…', failed: '편집기를 불러오지 못해 일반 입력 칸으로 편집한다.', save: '저장하고 닫기', cancel: '저장하지 않고 닫기', area: '{path} 내용' },
  en: { loading: 'Loading the editor…', failed: 'The editor could not be loaded: editing in a plain text area instead.', save: 'Save and close', cancel: 'Close without saving', area: 'Contents of {path}' },
};

let panelModule: Promise<ComponentType<EditorPanelProps>> | undefined;

/** The editor chunk, fetched once per page (a failed fetch may be retried). */
export function loadEditorPanel(): Promise<ComponentType<EditorPanelProps>> {
  panelModule ??= import('./editor/EditorPanel.tsx').then(
    (m) => m.default,
    (err: unknown) => {
      panelModule = undefined;
      throw err;
    },
  );
  return panelModule;
}

export function EditorHost({ lang, request, onDone }: EditorPanelProps) {
  const [Panel, setPanel] = useState<ComponentType<EditorPanelProps> | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [text, setText] = useState(request.text);
  useEffect(() => {
    let live = true;
    loadEditorPanel().then(
      (p) => live && setPanel(() => p),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const w = WORDS[lang];
  if (Panel) return <Panel lang={lang} request={request} onDone={onDone} />;
  if (!failed) return <p class="sim-editor-status" role="status">{w.loading}</p>;
  return (
    <div class="sim-editor" role="group" aria-label={request.path}>
      <p class="sim-editor-status" role="status">{w.failed}</p>
      <textarea class="sim-editor-fallback" aria-label={w.area.replace('{path}', request.path)} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div class="sim-editor-bar">
        <button type="button" class="sim-button" onClick={() => onDone(text)}>{w.save}</button>
        <button type="button" class="sim-button" onClick={() => onDone(null)}>{w.cancel}</button>
      </div>
    </div>
  );
}
