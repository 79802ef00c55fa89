// The GitHub conventions the repository promises (issue 15): CI on every push and pull request
// with the full `npm test` on Ubuntu and install/build/unit tests on macOS and Windows, deployment
// to Pages only after the tests, actions pinned by commit SHA with their version, the Pages
// permissions on the deploy job alone, and Dependabot for npm and actions.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = {
  'runs-on': string;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix?: { os?: string[] } };
  steps: Step[];
};
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const texts = Object.fromEntries(files.map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')]));
const workflows = Object.fromEntries(files.map((f) => [f, parse(texts[f]) as Workflow]));
const ci = workflows['ci.yml'];
const jobs = Object.entries(ci.jobs);
const runs = (job: Job) => job.steps.map((s) => s.run).filter(Boolean);
const needsOf = (job: Job) => (Array.isArray(job.needs) ? job.needs : job.needs ? [job.needs] : []);

describe('.github/workflows/ci.yml', () => {
  it('runs on every push and pull request', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(ci.on.push).toBeNull(); // no branch filter
    expect(ci.on.pull_request).toBeNull();
  });

  it('runs the whole npm test on Ubuntu after npm ci', () => {
    const full = jobs.filter(([, job]) => job['runs-on'] === 'ubuntu-latest' && runs(job).includes('npm test'));
    expect(full).toHaveLength(1);
    const steps = runs(full[0][1]);
    expect(steps.indexOf('npm ci')).toBeLessThan(steps.indexOf('npm test'));
  });

  it('installs, builds and runs the unit tests on macOS and Windows', () => {
    const matrix = jobs.find(([, job]) => job.strategy?.matrix?.os);
    expect(matrix, 'a job with an os matrix').toBeDefined();
    expect(matrix![1].strategy!.matrix!.os).toEqual(expect.arrayContaining(['macos-latest', 'windows-latest']));
    expect(runs(matrix![1])).toEqual(['npm ci', 'npm run build', 'npm run test:unit']);
  });

  it('checks out the cross-platform job into a folder with a space and Hangul', () => {
    const [, job] = jobs.find(([, j]) => j.strategy?.matrix?.os)!;
    const path = String(job.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.path);
    expect(path).toMatch(/ /);
    expect(path).toMatch(/[\uac00-\ud7a3]/);
  });

  it('deploys to Pages only from main, after every test job has passed', () => {
    const testJobs = jobs.filter(([, job]) => runs(job).some((r) => r === 'npm test' || r === 'npm run test:unit')).map(([name]) => name);
    const deploy = jobs.find(([, job]) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    expect(deploy).toBeDefined();
    // Walk the needs graph up from the deploy job: every test job must be an ancestor.
    const ancestors = new Set<string>();
    const visit = (name: string) => {
      for (const need of needsOf(ci.jobs[name])) {
        if (ancestors.has(need)) continue;
        ancestors.add(need);
        visit(need);
      }
    };
    visit(deploy![0]);
    expect([...ancestors]).toEqual(expect.arrayContaining(testJobs));
    const guarded = [deploy![0], ...ancestors].some((name) => ci.jobs[name].if?.includes("github.ref == 'refs/heads/main'"));
    expect(guarded).toBe(true);
  });

  it('grants pages: write and id-token: write to the deploy job only', () => {
    for (const [file, wf] of Object.entries(workflows)) {
      expect(wf.permissions ?? {}, `${file}: top-level permissions`).not.toHaveProperty('pages', 'write');
      expect(wf.permissions ?? {}, `${file}: top-level permissions`).not.toHaveProperty('id-token');
      for (const [name, job] of Object.entries(wf.jobs)) {
        const deploys = job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'));
        const writes = job.permissions?.pages === 'write' || job.permissions?.['id-token'] === 'write';
        expect(writes, `${file} › ${name}`).toBe(deploys);
      }
    }
  });
});

describe('every workflow', () => {
  it('pins each action by a full commit SHA, with its version in a comment', () => {
    const lines = Object.entries(texts).flatMap(([file, text]) => text.split('\n').filter((l) => /^\s*(-\s*)?uses:/.test(l)).map((l) => `${file}: ${l.trim()}`));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
  });

  it('uses each action at one version everywhere', () => {
    const versions = new Map<string, Set<string>>();
    for (const text of Object.values(texts)) {
      for (const m of text.matchAll(/uses: ([\w.-]+\/[\w./-]+)@([0-9a-f]{40})/g)) versions.set(m[1], (versions.get(m[1]) ?? new Set()).add(m[2]));
    }
    for (const [action, shas] of versions) expect(shas.size, action).toBe(1);
  });
});

describe('.github/dependabot.yml', () => {
  it('updates npm packages and GitHub Actions', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { updates: { 'package-ecosystem': string }[] };
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
