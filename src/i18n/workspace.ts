// Strings of the workspace (the docked panel / bottom sheet that hosts a note's simulation beside the
// text), one dictionary per language. Kept apart from sim.ts: the workspace is its own island.
import type { Lang } from './ui.ts';

export interface WorkspaceStrings {
  /** The panel's landmark name; {title} is the simulation's title. */
  region: string;
  /** The panel's visible heading. */
  heading: string;
  /** Shown in the note where the player was, while it is in the workspace. */
  placeholder: string;
  /** Puts the player back at its place in the note and closes the workspace (the bar's button, short: the panel's name gives the context). */
  close: string;
  /** The placeholder's button: the same, said in full. */
  showHere: string;
  collapse: string;
  expand: string;
  /** Bottom sheet (narrow screens): raise and lower. */
  raise: string;
  lower: string;
  /** The splitter between the text and the panel (wide screens). */
  splitter: string;
  /** The splitter's value in words; {w} = width in pixels. */
  width: string;
  /** Keyboard hint in the panel's description. */
  keys: string;
  /** The link to the sandbox page (below every note), and its short form in the bar. */
  sandbox: string;
  sandboxShort: string;
}

const ko: WorkspaceStrings = {
  region: '작업 공간: {title}',
  heading: '작업 공간',
  placeholder: '이 노트의 시뮬레이션은 지금 작업 공간(화면 옆 또는 아래)에 열려 있다.',
  close: '닫기',
  showHere: '작업 공간을 닫고 여기에 표시',
  collapse: '접기',
  expand: '펼치기',
  raise: '올리기',
  lower: '내리기',
  splitter: '본문과 작업 공간의 경계',
  width: '작업 공간 너비 {w}픽셀',
  keys: 'Esc: 본문으로 돌아가기. 경계에서 왼쪽/오른쪽 화살표: 너비 조절.',
  sandbox: '샌드박스에서 자유롭게 해 보기',
  sandboxShort: '샌드박스',
};

const en: WorkspaceStrings = {
  region: 'Workspace: {title}',
  heading: 'Workspace',
  placeholder: 'This note’s simulation is open in the workspace (beside or below the text).',
  close: 'Close',
  showHere: 'Close the workspace and show it here',
  collapse: 'Collapse',
  expand: 'Expand',
  raise: 'Raise',
  lower: 'Lower',
  splitter: 'Boundary between the text and the workspace',
  width: 'Workspace width {w} pixels',
  keys: 'Esc: back to the text. On the boundary, Left/Right arrows: resize.',
  sandbox: 'Try anything in the sandbox',
  sandboxShort: 'Sandbox',
};

export const workspaceStrings: Record<Lang, WorkspaceStrings> = { ko, en };
