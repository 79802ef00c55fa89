// Diagram text that must fit (pod names keep their distinguishing end), accessible names that contain
// the visible text, the terminal's notices in the page's language, and the position readout.
import { describe, expect, it } from 'vitest';
import { CHAR_W, fitEnd, fitMiddle, labelWithText, nameContainsText } from '../../components/sim/model/fit-text.ts';
import { stderrPieces } from '../../components/sim/model/notices.ts';
import { positionText } from '../../components/sim/Controls.tsx';
import { simEn, simKo } from '../../src/i18n/sim.ts';

describe('fitting pod names', () => {
  it('keeps the ReplicaSet hash and pod suffix, so two ReplicaSets’ pods stay apart', () => {
    const oldPod = 'myapp-deployment-7d9f8b6c5-x2k4q';
    const newPod = 'myapp-deployment-5c4b7f9d8-x2k4q';
    for (const chars of [12, 14, 18, 22]) {
      const w = chars * CHAR_W;
      const a = fitMiddle(oldPod, w);
      const b = fitMiddle(newPod, w);
      expect(a.length).toBeLessThanOrEqual(chars);
      expect(a).not.toBe(b);
      expect(a.endsWith('-x2k4q')).toBe(true);
      expect(a).toContain('…');
    }
    expect(fitMiddle(oldPod, 22 * CHAR_W)).toBe('myapp…-7d9f8b6c5-x2k4q');
    // The end-cut the diagram used to draw made both the same.
    expect(fitEnd(oldPod, 14 * CHAR_W)).toBe(fitEnd(newPod, 14 * CHAR_W));
    expect(fitMiddle('web', 200)).toBe('web');
  });
});

describe('label in name', () => {
  it('finds the visible words in order inside the name, ignoring punctuation and ellipses', () => {
    expect(nameContainsText('파드 default/myapp-pod, 상태 Running', 'myapp-pod')).toBe(true);
    expect(nameContainsText('파드 default/myapp-pod, 상태 Running', 'myapp-pod Running')).toBe(false);
    expect(nameContainsText('Node node01, Ready', 'node01 · Ready')).toBe(true);
    const label = labelWithText('myapp…7d9f8b6c5-x2k4q Running', 'Pod default/myapp-deployment-7d9f8b6c5-x2k4q, status Running');
    expect(nameContainsText(label, 'myapp…7d9f8b6c5-x2k4q Running')).toBe(true);
    expect(labelWithText('node01 · Ready', 'Node node01, Ready')).toBe('Node node01, Ready');
  });
});

describe('terminal notices', () => {
  it('translates the simulation’s own notices on the Korean page and keeps the tools’ texts verbatim', () => {
    const ko = stderrPieces('error: "kubectl config view" is not available in this simulation\n', 'ko', simKo.terminal);
    expect(ko).toEqual([{ kind: 'notice', text: '(시뮬레이션 안내) "kubectl config view": 이 시뮬레이션에서는 쓸 수 없다\n' }]);
    expect(stderrPieces('bash: ssh: not available in this simulation\n', 'ko', simKo.terminal)[0].text).toContain('ssh: 이 시뮬레이션에서는 쓸 수 없다');
    const en = stderrPieces('error: "kubectl config view" is not available in this simulation\n', 'en', simEn.terminal);
    expect(en).toEqual([{ kind: 'notice', text: 'error: "kubectl config view" is not available in this simulation\n' }]);
    const real = 'Error from server (NotFound): pods "web" not found\n';
    expect(stderrPieces(real, 'ko', simKo.terminal)).toEqual([{ kind: 'stderr', text: real }]);
    expect(stderrPieces('No resources found in default namespace.\n', 'ko', simKo.terminal)).toEqual([{ kind: 'stderr', text: 'No resources found in default namespace.\n' }]);
    const notFound = stderrPieces('bash: foo: command not found\n', 'ko', simKo.terminal);
    expect(notFound[0]).toEqual({ kind: 'stderr', text: 'bash: foo: command not found\n' });
    expect(notFound[1].kind).toBe('notice');
    expect(notFound.map((p) => p.text).join('')).toMatch(/^bash: foo: command not found\n\(시뮬레이션 안내\)/);
  });
});

describe('the position readout', () => {
  it('says the run has not started instead of "step 0 / 0", and tells the latest step from the past', () => {
    expect(positionText(simKo, 0, 0)).toBe('시작 전: 아직 전달된 이벤트가 없다');
    expect(positionText(simEn, 0, 0)).toBe('Start: no event delivered yet');
    expect(positionText(simEn, 5, 5)).toBe('Step 5');
    expect(positionText(simEn, 3, 9)).toBe('Step 3 of 9 recorded');
  });
});
