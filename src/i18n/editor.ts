// The file editor's words (components/sim/editor/), Korean and English. They live in the editor's
// own chunk, fetched with it on first use.
import type { Lang } from '../sim/scenarios/types.ts';

export interface EditorStrings {
  /** Group name: {path} is the file. */
  label: string;
  /** The editing area's name: {path} is the file. */
  area: string;
  save: string;
  cancel: string;
  vimKeys: string;
  /** Shown while the editor's code loads. */
  loading: string;
  /** The editor's code could not be fetched: a plain text area stands in. */
  loadFailed: string;
  /** How to leave, by mode. */
  helpVim: string;
  helpNano: string;
  helpPlain: string;
  /** What kubectl edit does with the buffer. */
  objectNote: string;
  /** vim's message for :q on a changed buffer (vim's own text, kept in English as vim prints it). */
  e37: string;
  /** nano's question on Ctrl+X with unsaved changes. */
  nanoSaveQuestion: string;
  written: string;
}

const ko: EditorStrings = {
  label: '파일 편집기: {path}',
  area: '{path} 내용',
  save: '저장하고 닫기',
  cancel: '저장하지 않고 닫기',
  vimKeys: 'Vim 키',
  loading: '편집기를 불러오는 중…',
  loadFailed: '편집기를 불러오지 못해 일반 입력 칸으로 편집한다.',
  helpVim: 'Vim 키: i로 입력, Esc 후 :wq(또는 ZZ)로 저장하고 닫기, :q!로 저장하지 않고 닫기. Ctrl+S도 저장하고 닫는다. Tab으로 편집 영역을 벗어나 버튼으로 갈 수 있다.',
  helpNano: 'nano 키: Ctrl+O 저장, Ctrl+X 닫기(바뀐 내용이 있으면 Y/N으로 저장 여부를 묻는다). Ctrl+S는 저장하고 닫는다. Esc나 Tab으로 편집 영역을 벗어나 버튼으로 갈 수 있다.',
  helpPlain: 'Ctrl+S로 저장하고 닫는다. Esc나 Tab으로 편집 영역을 벗어나 버튼으로 갈 수 있다.',
  objectNote: 'kubectl edit: 저장하면 바뀐 내용이 API 서버로 보내진다. 주석(#) 줄은 무시된다.',
  e37: 'E37: No write since last change (add ! to override)',
  nanoSaveQuestion: 'Save modified buffer? (Y 저장 · N 버리기 · Ctrl+C 취소)',
  written: '"{path}" 저장됨',
};

const en: EditorStrings = {
  label: 'File editor: {path}',
  area: 'Contents of {path}',
  save: 'Save and close',
  cancel: 'Close without saving',
  vimKeys: 'Vim keys',
  loading: 'Loading the editor…',
  loadFailed: 'The editor could not be loaded: editing in a plain text area instead.',
  helpVim: 'Vim keys: i to insert, then Esc and :wq (or ZZ) to save and close, :q! to close without saving. Ctrl+S also saves and closes. Tab leaves the text for the buttons.',
  helpNano: 'nano keys: Ctrl+O writes, Ctrl+X closes (asking Y/N first when there are unsaved changes). Ctrl+S saves and closes. Esc or Tab leaves the text for the buttons.',
  helpPlain: 'Ctrl+S saves and closes. Esc or Tab leaves the text for the buttons.',
  objectNote: 'kubectl edit: saving sends your changes to the API server. Lines starting with # are ignored.',
  e37: 'E37: No write since last change (add ! to override)',
  nanoSaveQuestion: 'Save modified buffer? (Y save · N discard · Ctrl+C cancel)',
  written: '"{path}" written',
};

export function editorStrings(lang: Lang): EditorStrings {
  return lang === 'ko' ? ko : en;
}
