// pflag's texts for a bad flag value, as kubectl 1.33 prints them (recorded by hand with
// /usr/lib/google-cloud-sdk/bin/kubectl.1.33 ... --dry-run=client; no server is contacted).
import { expect, test } from 'vitest';
import { createCluster } from '../../../src/sim/index.ts';

test.each([
  [
    'kubectl create deployment x --image=nginx --replicas=abc --dry-run=client',
    'error: invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl create deployment --help\' for usage.\n',
  ],
  [
    'kubectl create deployment x --image=nginx -r abc --dry-run=client',
    'error: invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl create deployment --help\' for usage.\n',
  ],
  [
    'kubectl get pods --watch=maybe',
    'error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  ],
])('%s', (line, stderr) => {
  const r = createCluster({ seed: 1 }).exec(line);
  expect(r).toEqual({ stdout: '', stderr, exitCode: 1 });
});
