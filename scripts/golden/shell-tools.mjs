// Records the real bash 5 / GNU coreutils / GNU grep behaviour of the shell forms and text filters the
// simulated terminal implements (tests/sim/shell/shellGolden.test.ts compares the engine to it).
// Each line runs with `bash --norc -c` in a fresh directory holding the INPUT files, LC_ALL=C.UTF-8.
// Run: node scripts/golden/shell-tools.mjs > tests/golden/shell/tools.json
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INPUT = {
  'pods.txt': 'NAME          READY   STATUS    RESTARTS   AGE\nweb-1         1/1     Running   0          5m\nweb-2         1/1     Running   3          12m\ndb-0          0/1     Pending   0          1m\nKube-proxy    1/1     Running   1          40m\n',
  'nums.txt': '10\n9\n100\n-3\n9\n',
  'words.txt': 'alpha beta\n  gamma\tdelta\n\nepsilon',
};

const LINES = [
  // word splitting, quoting, substitution
  'echo $(echo a   b)', 'echo "$(echo a   b)"', 'echo "$(echo "x  y")" end', 'echo `echo back quoted`', "echo 'single $(not run)'",
  'echo a\\ b "c\\"d" \'e\'"f"', 'echo $(echo; echo; echo x; echo; echo)', 'X="1  2"; echo $X "$X"', 'echo "$(echo $(echo nested))"',
  'echo -n no newline', 'echo -e "a\\tb\\nc"', 'echo -- -n', 'echo $(cat nums.txt)', 'echo pre$(echo mid)post',
  // lists and exit statuses
  'true && echo yes || echo no', 'false && echo yes || echo no', 'false; echo $?', 'false || false; echo $?', '! true; echo $?', 'true | false; echo $?', 'false | true; echo $?',
  // pipelines into filters
  'cat pods.txt | grep Running', 'cat pods.txt | grep -c Running', 'cat pods.txt | grep -i kube', 'cat pods.txt | grep -v Running', 'cat pods.txt | grep -n web',
  'cat pods.txt | grep -w web', 'cat pods.txt | grep -E "web-[12]|db"', 'cat pods.txt | grep "web-[12]\\|db"', 'grep -c "1/1" pods.txt', 'grep nothing pods.txt; echo $?',
  'grep web pods.txt nums.txt', 'grep x missing.txt; echo $?', 'grep', 'grep -o "web-[0-9]" pods.txt', 'grep -x 9 nums.txt', 'grep -F "1/1" pods.txt | wc -l',
  'head -1 pods.txt', 'head -n 2 pods.txt', 'cat pods.txt | head -n -2', 'tail -2 pods.txt', 'tail -n +4 pods.txt', 'head -n x pods.txt', 'tail words.txt',
  'wc pods.txt', 'wc -l pods.txt', 'cat pods.txt | wc -l', 'cat pods.txt | wc', 'wc -w words.txt', 'wc -c words.txt', 'wc -l pods.txt nums.txt', 'cat words.txt | wc -lw',
  'sort nums.txt', 'sort -n nums.txt', 'sort -rn nums.txt', 'sort -u nums.txt', 'sort -k4 -n pods.txt', 'sort -k 3 pods.txt | head -2', 'sort -r pods.txt',
  'cat nums.txt | sort -n | tail -1', 'cat pods.txt | grep Running | wc -l',
  // redirections
  'echo hi > out.txt; cat out.txt', 'echo a > o.txt; echo b >> o.txt; cat o.txt', 'grep x missing.txt 2>/dev/null; echo $?', 'grep x missing.txt 2>&1 | wc -l',
  'wc -l < pods.txt', 'cat missing.txt 2>&1', 'echo err >&2', 'echo *.txt', 'echo n*.txt', 'echo [pw]*s.txt', 'echo no*match',
];

const dir = mkdtempSync(join(tmpdir(), 'shell-golden-'));
for (const [name, text] of Object.entries(INPUT)) writeFileSync(join(dir, name), text);
const versions = {
  bash: execFileSync('bash', ['--version']).toString().split('\n')[0],
  grep: execFileSync('grep', ['--version']).toString().split('\n')[0],
  coreutils: execFileSync('sort', ['--version']).toString().split('\n')[0],
};
const cases = LINES.map((line) => {
  // Files a line writes are removed first, so every line starts from INPUT only.
  for (const f of ['out.txt', 'o.txt']) spawnSync('rm', ['-f', join(dir, f)]);
  const r = spawnSync('bash', ['--norc', '-c', line], { cwd: dir, env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8', HOME: '/root' }, encoding: 'utf8' });
  return { line, stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
});
process.stdout.write(`${JSON.stringify({ versions, input: INPUT, cases }, null, 2)}\n`);
