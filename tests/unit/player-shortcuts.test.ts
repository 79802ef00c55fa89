import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../components/sim/shortcuts.ts';

/** A target that matches the given selectors (what element.closest would find). */
const on = (...matching: string[]) => ({
  closest: (selector: string) => (selector.split(',').some((s) => matching.includes(s.trim())) ? {} : null),
});
const key = (k: string, target = on(), mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
  target,
});

describe('player shortcuts', () => {
  it('map the documented keys', () => {
    expect(shortcutFor(key(' '), false)).toBe('toggle-play');
    expect(shortcutFor(key('ArrowRight'), false)).toBe('forward');
    expect(shortcutFor({ ...key('ArrowRight'), shiftKey: true }, false)).toBe('forward-one');
    expect(shortcutFor(key('ArrowLeft'), false)).toBe('back');
    expect(shortcutFor(key('Home'), false)).toBe('first');
    expect(shortcutFor(key('End'), false)).toBe('last');
    expect(shortcutFor(key('?'), false)).toBe('help');
    expect(shortcutFor(key('Escape'), true)).toBe('close-help');
    expect(shortcutFor(key('Escape'), false)).toBeUndefined();
    expect(shortcutFor(key('x'), false)).toBeUndefined();
  });

  it('never take keys from the terminal, inputs or modified keys', () => {
    for (const k of [' ', 'ArrowRight', 'ArrowLeft', 'Home', 'End', '?']) {
      expect(shortcutFor(key(k, on('input')), false)).toBeUndefined();
      expect(shortcutFor(key(k, on('.sim-terminal')), false)).toBeUndefined();
      expect(shortcutFor(key(k, on('select')), false)).toBeUndefined();
      expect(shortcutFor(key(k, on(), { ctrlKey: true }), false)).toBeUndefined();
    }
  });

  it('leave Space to buttons and arrows to tabs', () => {
    expect(shortcutFor(key(' ', on('button')), false)).toBeUndefined();
    expect(shortcutFor(key(' ', on('[role="button"]')), false)).toBeUndefined();
    expect(shortcutFor(key('ArrowRight', on('button')), false)).toBe('forward');
    expect(shortcutFor(key('ArrowRight', on('[role="tab"]')), false)).toBeUndefined();
  });
});
