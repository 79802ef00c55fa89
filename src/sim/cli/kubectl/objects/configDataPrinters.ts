// `kubectl get secrets` columns and `kubectl describe configmap|secret` (k/k printers.go
// printSecret; kubectl describe.go ConfigMapDescriber and SecretDescriber). ConfigMaps' columns
// (NAME DATA AGE) are in ../printers.ts.
import { decodedLength } from '../../../api/configKeys.ts';
import type { KubeEvent, KubeObject } from '../../../api/types.ts';
import { age } from '../age.ts';
import { describeEvents, DescribeWriter, printAnnotationsMultiline, printLabelsMultiline } from '../describeWriter.ts';
import { registerPrinter, type KubectlContext } from '../registry.ts';
import { registerDescriber } from '../verbs/describe.ts';

type StringMap = Record<string, string>;

registerPrinter({
  resource: 'secrets',
  columns: () => ['NAME', 'TYPE', 'DATA', 'AGE'],
  row: (obj, { now }) => [obj.metadata.name!, String(obj.type ?? ''), String(Object.keys((obj.data as StringMap | undefined) ?? {}).length), age(obj.metadata.creationTimestamp, now)],
});

function header(w: DescribeWriter, obj: KubeObject): void {
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
}

/** Go ranges over the maps in random order; the engine prints the keys sorted. */
function sortedKeys(map: unknown): string[] {
  return Object.keys((map as StringMap | undefined) ?? {}).sort();
}

function* describeConfigMap(ctx: KubectlContext, obj: KubeObject, events: KubeEvent[]): Generator<never, string, unknown> {
  const w = new DescribeWriter();
  header(w, obj);
  w.write(0, '\nData\n====\n');
  const data = (obj.data as StringMap | undefined) ?? {};
  for (const k of sortedKeys(data)) {
    w.write(0, `${k}:\n----\n`);
    w.write(0, `${data[k]}\n`);
    w.write(0, '\n');
  }
  w.write(0, '\nBinaryData\n====\n');
  const binary = (obj.binaryData as StringMap | undefined) ?? {};
  for (const k of sortedKeys(binary)) w.write(0, `${k}: ${decodedLength(binary[k])} bytes\n`);
  w.write(0, '\n');
  describeEvents(w, events, ctx.io.now());
  return w.toString();
}

function* describeSecret(_ctx: KubectlContext, obj: KubeObject): Generator<never, string, unknown> {
  const w = new DescribeWriter();
  header(w, obj);
  w.write(0, `\nType:\t${String(obj.type ?? '')}\n`);
  w.write(0, '\nData\n====\n');
  const data = (obj.data as StringMap | undefined) ?? {};
  for (const k of sortedKeys(data)) w.write(0, `${k}:\t${decodedLength(data[k])} bytes\n`);
  return w.toString();
}

registerDescriber('configmaps', describeConfigMap);
registerDescriber('secrets', describeSecret);

registerPrinter({
  resource: 'serviceaccounts',
  columns: () => ['NAME', 'SECRETS', 'AGE'],
  row: (obj, { now }) => [obj.metadata.name!, String(Array.isArray(obj.secrets) ? obj.secrets.length : 0), age(obj.metadata.creationTimestamp, now)],
});
