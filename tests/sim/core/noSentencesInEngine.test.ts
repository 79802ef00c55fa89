// The engine narrates with message ids and parameters (src/i18n/narration/messages.ts); its
// sentences live in src/i18n/narration. This test keeps it so: no Korean text and no { ko, en }
// literal in src/sim outside the scenario data (src/sim/scenarios, which the notes write in both
// languages), and no import of a catalogue. English tool output (kubectl, etcdctl, bash) is not
// narration and stays in the engine.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../src/sim');

function engineFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return relative(ROOT, path) === 'scenarios' ? [] : engineFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const files = engineFiles(ROOT).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

function offending(pattern: RegExp): string[] {
  return files.flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])));
}

describe('the engine holds no sentence of the narration', () => {
  it('reads the engine files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no Korean text outside the scenarios', () => {
    expect(offending(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/)).toEqual([]);
  });

  it('has no { ko, en } literal outside the scenarios', () => {
    expect(offending(/\bko\s*:\s*[`'"]|\{\s*ko\s*[,:}]|\bko\s*:\s*\w+\s*,\s*en\s*:/)).toEqual([]);
  });

  it('imports only the narration types, never a catalogue', () => {
    expect(offending(/from '[./]*i18n\/(?!narration\/messages\.ts')/)).toEqual([]);
    expect(offending(/^import (?!type ).*i18n\/narration/)).toEqual([]);
  });
});
