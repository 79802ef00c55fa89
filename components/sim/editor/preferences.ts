// Whether the reader wants Vim keys in the editor, remembered across notes and visits.
const KEY = 'k8s-sim:editor-vim';

export function readVimPreference(): boolean {
  try {
    return localStorage.getItem(KEY) !== '0';
  } catch {
    return true;
  }
}

export function saveVimPreference(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? '1' : '0');
  } catch {
    /* storage may be disabled: the choice lasts for this page */
  }
}
