import { describe, expect, it } from 'vitest';
import { clampWidth, parsePrefs, PANEL_MIN, TEXT_MIN, widthAfterKey, writePrefs, readPrefs } from '../../components/sim/workspace/prefs.ts';
import { PREFS_KEY } from '../../components/sim/workspace/api.ts';

describe('workspace preferences', () => {
  it('read defensively: missing, broken or hand-edited values fall back to closed, expanded, default width', () => {
    expect(parsePrefs(null)).toEqual({ open: false, collapsed: false });
    expect(parsePrefs('{')).toEqual({ open: false, collapsed: false });
    expect(parsePrefs('"open"')).toEqual({ open: false, collapsed: false });
    expect(parsePrefs('{"open":"yes","collapsed":1,"width":-5}')).toEqual({ open: false, collapsed: false });
    expect(parsePrefs('{"open":true,"collapsed":true,"width":640.4}')).toEqual({ open: true, collapsed: true, width: 640 });
    expect(parsePrefs('{"width":1e999}')).toEqual({ open: false, collapsed: false });
  });

  it('round-trip through storage, and a storage that throws only forgets', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    writePrefs({ open: true, collapsed: false, width: 700 }, storage);
    expect(store.has(PREFS_KEY)).toBe(true);
    expect(readPrefs(storage)).toEqual({ open: true, collapsed: false, width: 700 });
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => writePrefs({ open: true, collapsed: false }, broken)).not.toThrow();
    expect(readPrefs(broken)).toEqual({ open: false, collapsed: false });
  });

  it('keep the panel at least PANEL_MIN wide and the text at least TEXT_MIN', () => {
    expect(clampWidth(100, 1280)).toBe(PANEL_MIN);
    expect(clampWidth(5000, 1280)).toBe(1280 - TEXT_MIN);
    expect(clampWidth(600, 1280)).toBe(600);
    // A window too narrow for both: the panel keeps its minimum.
    expect(clampWidth(600, 700)).toBe(PANEL_MIN);
  });

  it('move the splitter with the keys: left widens the panel on the right, Shift takes larger steps', () => {
    expect(widthAfterKey('ArrowLeft', false, 600, 1280)).toBe(616);
    expect(widthAfterKey('ArrowRight', false, 600, 1280)).toBe(584);
    expect(widthAfterKey('ArrowLeft', true, 600, 1280)).toBe(664);
    expect(widthAfterKey('Home', false, 600, 1280)).toBe(1280 - TEXT_MIN);
    expect(widthAfterKey('End', false, 600, 1280)).toBe(PANEL_MIN);
    expect(widthAfterKey('a', false, 600, 1280)).toBeUndefined();
  });
});
