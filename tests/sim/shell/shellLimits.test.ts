// Issue 18: the shell's limits answer in bash's words, never with a JavaScript error.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';
import { MAX_SUBSTITUTION_NESTING } from '../../../src/sim/cli/shell.ts';

const nested = (depth: number) => `echo ${'$(echo '.repeat(depth)}hi${')'.repeat(depth)}`;

describe('shell limits', () => {
  it('runs deeply nested command substitutions up to the limit, and refuses deeper ones with a bash-style message', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec(nested(MAX_SUBSTITUTION_NESTING - 1))).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    for (const depth of [1_000, 5_000]) {
      const r = c.exec(nested(depth));
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toBe(`bash: maximum command substitution nesting level exceeded (${MAX_SUBSTITUTION_NESTING}) in this simulated shell\n`);
    }
  });

  it('cat a >> a refuses as GNU cat does and leaves the file alone', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('echo hello > a; cat a >> a')).toEqual({ stdout: '', stderr: 'cat: a: input file is output file\n', exitCode: 1 });
    expect(c.exec('cat a').stdout).toBe('hello\n');
    // `>` truncates first: nothing left to read, no error (as GNU cat).
    expect(c.exec('cat a > a; echo $?').stdout).toBe('0\n');
  });

  it('refuses output beyond its size limit with a clear message instead of a JavaScript error', () => {
    const c = createCluster({ seed: 1 });
    c.exec('echo 0123456789abcdef > a');
    // Doubling a file through a copy: 2^21 × 17 characters is far beyond the 16 MiB limit.
    let stderr = '';
    for (let i = 0; i < 22; i++) stderr += c.exec('cat a a > b; cat b > a').stderr;
    expect(stderr).toMatch(/^bash: cat: write error: File too large \(this simulated shell keeps at most 16 MiB of output\)\n/);
    expect(stderr).not.toMatch(/Invalid string length|RangeError/);
    expect(c.exec('wc -c < a').stdout.trim().length).toBeGreaterThan(0);
  }, 60_000);
});
