// Code blocks that scroll sideways become named regions (landmark-unique): the names.
import { describe, expect, it } from 'vitest';
import { regionLabel } from '../../src/site/expressive-code-regions.ts';

describe('code block region names', () => {
  it('say the block’s place on the page and its first line, in the page’s language', () => {
    expect(regionLabel('ko', 3, '\nkubectl get pods -o wide\nNAME READY')).toBe('코드 블록 3: kubectl get pods -o wide');
    expect(regionLabel('en', 1, 'apiVersion: v1')).toBe('Code block 1: apiVersion: v1');
    expect(regionLabel('en', 2, '')).toBe('Code block 2');
  });

  it('cut long first lines short', () => {
    const label = regionLabel('en', 1, 'x'.repeat(100));
    expect(label.length).toBeLessThan(80);
    expect(label.endsWith('…')).toBe(true);
  });
});
