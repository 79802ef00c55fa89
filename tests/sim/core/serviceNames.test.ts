import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createCluster } from '../../../src/sim/index.ts';

// ValidateServiceName is NameIsDNS1035Label (a Service name becomes a DNS label and the prefix of
// environment variables, so it must start with a letter); namespaces stay DNS-1123 labels.
const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

const serviceYaml = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: "${name}"\nspec:\n  ports:\n  - port: 80\n`;

describe('Service names are DNS-1035 labels', () => {
  test('a name starting with a digit is rejected with the real message, and nothing is stored', () => {
    const c = createCluster({ seed: 1 });
    const r = c.exec('kubectl create -f svc.yaml', { files: { 'svc.yaml': serviceYaml('1web') } });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(`The Service "1web" is invalid: metadata.name: Invalid value: "1web": ${DNS1035}\n`);
    expect(c.getObject('services', 'default', '1web')).toBeUndefined();
  });

  test('create service reports the same server error', () => {
    const c = createCluster({ seed: 1 });
    const r = c.exec('kubectl create service clusterip 9svc --tcp=80');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`metadata.name: Invalid value: "9svc": ${DNS1035}`);
  });

  test('a namespace may still start with a digit (DNS-1123 label)', () => {
    const c = createCluster({ seed: 1 });
    expect(c.exec('kubectl create namespace 1abc').exitCode).toBe(0);
  });

  test('the API server accepts exactly the names matching [a-z]([-a-z0-9]*[a-z0-9])? up to 63 characters (property)', () => {
    const c = createCluster({ seed: 1 });
    let n = 0;
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,8}$/), (stem) => {
        const name = `${stem}${n++}`.replace(/^-+/, '');
        const valid = /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(name) && name.length <= 63;
        const r = c.exec('kubectl create -f svc.yaml', { files: { 'svc.yaml': serviceYaml(name) } });
        expect(r.exitCode).toBe(valid ? 0 : 1);
        if (!valid) expect(r.stderr).toContain(DNS1035);
      }),
      { numRuns: 60 },
    );
  });
});
