import { parse } from 'yaml';
import type { ResourceKind } from '../../../api/resources.ts';
import type { KubeObject } from '../../../api/types.ts';
import { api, err, out, type CommandGenerator, type CommandIO } from '../../command.ts';
import { editorKeys, openEditor } from '../../editor/editRequest.ts';
import { FileSystem } from '../../files/fileSystem.ts';
import { ManifestError, parseManifests } from '../manifests.ts';
import { toJson, toYaml } from '../output.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { visitResources, type ResourceInfo } from '../resourceArgs.ts';
import { kindPrefix } from '../targets.ts';
import { programEnvironment } from '../../hostEnvironment.ts';
import { mergePatchBetween } from './editPatch.ts';

/**
 * `kubectl edit` as kubectl 1.33's EditOptions.Run (NormalEditMode) does it: get the objects, write
 * them (YAML with the comment header, or JSON without it) to a temp file `/tmp/kubectl-edit-N.yaml`,
 * open the editor on it, and loop until the edit is applied or given up:
 * - no change (comments and formatting aside) prints `Edit cancelled, no changes made.`;
 * - a file that does not parse reopens with `# The edited file had a syntax error: ...` on top;
 * - a patch the API server refuses as Invalid prints `error: pods "x" is invalid` and reopens with
 *   the causes on top; saving that unchanged keeps the temp file (`A copy of your changes has been
 *   stored to "/tmp/..."`) and ends with `error: Edit cancelled, no valid changes were saved.`;
 * - any other refusal keeps the file and says `kubectl replace -f` can retry it.
 * The temp files live in the session's file system, so `kubectl replace --force -f /tmp/...` works.
 * Simplification: kubectl sends a strategic merge patch; the simulation sends the JSON merge patch
 * between the same two objects (the edited file holds whole lists, so the result is the same object).
 */

const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

interface EditReason {
  head: string;
  other: string[];
}

/** editHeader.writeTo: the fixed header, then one block per reason the file was reopened. */
export function editHeader(reasons: EditReason[]): string {
  let text = HEADER;
  for (const r of reasons) {
    text += r.other.length ? `# ${hashOnLineBreak(r.head)}:\n` : `# ${hashOnLineBreak(r.head)}\n`;
    for (const o of r.other) text += `# * ${hashOnLineBreak(o)}\n`;
    text += '#\n';
  }
  return text;
}

/** Continues a multi-line message as comment lines. */
function hashOnLineBreak(s: string): string {
  return s.replace(/\n(?!#)/g, '\n# ');
}

/** cmdutil.ManualStrip: drops comment lines (`#`, but not `#!`). */
export function manualStrip(text: string): string {
  return text
    .split('\n')
    .filter((line) => {
      const t = line.trim();
      return !(t.startsWith('#') && !t.startsWith('#!'));
    })
    .join('\n');
}

/** cmdutil.StripComments: the document as JSON (comments and formatting gone), else ManualStrip. */
export function stripComments(text: string): string {
  try {
    return JSON.stringify(sortKeys(parse(text) as unknown));
  } catch {
    return manualStrip(text);
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

/** hasLines: a line that is neither blank nor a comment. */
function hasLines(text: string): boolean {
  return text.split('\n').some((line) => {
    const t = line.trim();
    return t.length > 0 && !t.startsWith('#');
  });
}

/** os.CreateTemp's name: the prefix, a random uint32 in decimal (from the engine's seeded RNG), the extension. */
function tempFileName(io: CommandIO, ext: string): string {
  let n = 0;
  for (const ch of io.random(7)) n = (n * 27 + ch.charCodeAt(0)) % 4294967296;
  return `/tmp/kubectl-edit-${n}${ext}`;
}

function groupResource(rk: ResourceKind): string {
  return rk.group ? `${rk.plural}.${rk.group}` : rk.plural;
}

function printed(infos: ResourceInfo[], json: boolean): string {
  const strip = (o: KubeObject): KubeObject => {
    if (!o.metadata?.managedFields) return o;
    const { managedFields: _managed, ...metadata } = o.metadata;
    return { ...o, metadata };
  };
  const value = infos.length === 1 ? strip(infos[0].object) : { apiVersion: 'v1', items: infos.map((i) => strip(i.object)), kind: 'List', metadata: {} };
  return json ? toJson(value, true) : toYaml(value);
}

function* edit(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const output = String(flags.output ?? 'yaml');
  if (output !== 'yaml' && output !== 'json' && output !== '') {
    err(io, `error: the edit mode only supports the yaml and json output formats (the simulation does not print '${output}')`);
    return 1;
  }
  const json = output === 'json';
  const ext = json ? '.json' : '.yaml';
  const visited = yield* visitResources(ctx, { args: ctx.args, files: (flags.filename as string[] | undefined) ?? [], all: false });
  if (visited.fatal) {
    err(io, visited.fatal);
    return 1;
  }
  if (visited.errors.length) {
    for (const e of visited.errors) err(io, e);
    return 1;
  }
  const infos = visited.infos;
  if (infos.length === 0) {
    err(io, 'error: edit cancelled, no objects found');
    return 1;
  }
  const fs = FileSystem.of(io);
  const env = { ...programEnvironment(io.session), ...io.env };
  const keys = editorKeys(env);
  let reasons: EditReason[] = [];
  let containsError = false;
  let original = '';
  let edited = '';
  let previousFile = '';
  const preserved = (file: string, message: string): number => {
    if (file && fs.isFile(file)) err(io, `A copy of your changes has been stored to "${file}"`);
    err(io, `error: ${message}`);
    return 1;
  };
  for (;;) {
    let buffer = json ? '' : editHeader(reasons);
    if (!containsError) {
      buffer += printed(infos, json);
      original = buffer;
    } else buffer += manualStrip(edited);
    const file = tempFileName(io, ext);
    fs.write(file, buffer);
    const editedBefore = edited;
    const answer = yield* openEditor({ path: file, text: buffer, keys, purpose: 'object', language: json ? 'json' : 'yaml' });
    // Quitting without writing leaves the temp file as kubectl wrote it.
    edited = answer ?? buffer;
    fs.write(file, edited);
    if (containsError && stripComments(editedBefore) === stripComments(edited)) return preserved(file, 'Edit cancelled, no valid changes were saved.');
    if (previousFile) fs.remove(previousFile);
    previousFile = '';
    if (stripComments(original) === stripComments(edited)) {
      fs.remove(file);
      err(io, 'Edit cancelled, no changes made.');
      return 0;
    }
    if (!hasLines(edited)) {
      fs.remove(file);
      err(io, 'Edit cancelled, saved file was empty.');
      return 0;
    }
    reasons = [];
    let updated: KubeObject[];
    try {
      updated = parseManifests(edited, 'edited-file');
    } catch (e) {
      if (!(e instanceof ManifestError)) throw e;
      containsError = true;
      previousFile = file;
      reasons.push({ head: `The edited file had a syntax error: ${e.message}`, other: [] });
      continue;
    }
    containsError = false;
    for (const obj of updated) {
      const ns = obj.metadata?.namespace;
      if (ns && ns !== ctx.namespace && infos.some((i) => i.rk.namespaced)) {
        return preserved(file, `the namespace from the provided object "${ns}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${ns}' to perform this operation.`);
      }
    }
    let retryable = 0;
    let notFound = 0;
    let invalid = 0;
    for (const obj of updated) {
      const info = infos.find((i) => i.object.metadata.uid === obj.metadata?.uid);
      if (!info) return preserved(file, `no original object found for ${obj.kind ?? 'the object'} "${obj.metadata?.name ?? ''}" (its metadata.uid was changed)`);
      const name = info.object.metadata.name!;
      const patch = mergePatchBetween(info.object, obj);
      if (patch === undefined) {
        out(io, `${kindPrefix(info.rk)}/${name} skipped`);
        continue;
      }
      if ('apiVersion' in patch || 'kind' in patch || (patch.metadata as Record<string, unknown> | null | undefined)?.name !== undefined) {
        return preserved(file, 'At least one of apiVersion, kind and name was changed');
      }
      if (flags['output-patch']) out(io, `Patch: ${JSON.stringify(sortKeys(patch))}`);
      const r = yield* api({ verb: 'patch', resource: info.rk.plural, namespace: info.object.metadata.namespace, name, patch });
      if (r.ok) {
        out(io, `${kindPrefix(info.rk)}/${name} edited`);
        continue;
      }
      const resource = groupResource(info.rk);
      if (r.reason === 'Invalid') {
        invalid++;
        err(io, `error: ${resource} "${name}" is invalid`);
        reasons.push({ head: `${resource} "${name}" was not valid`, other: r.details?.causes ?? [r.message] });
      } else if (r.reason === 'NotFound') {
        notFound++;
        err(io, `error: ${resource} "${name}" could not be found on the server`);
      } else {
        retryable++;
        err(io, `error: ${resource} "${name}" could not be patched: ${r.message}`);
      }
    }
    if (retryable > 0) {
      err(io, `You can run \`kubectl replace -f ${file}\` to try this update again.`);
      return 1;
    }
    if (notFound > 0) {
      err(io, `The edits you made on deleted resources have been saved to "${file}"`);
      return 1;
    }
    if (invalid === 0) {
      fs.remove(file);
      return 0;
    }
    containsError = true;
    previousFile = file;
  }
}

registerVerb({
  name: 'edit',
  flags: [
    { name: 'output', short: 'o', type: 'string', default: '' },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'output-patch', type: 'bool', default: false },
    { name: 'windows-line-endings', type: 'bool', default: false },
    { name: 'save-config', type: 'bool', default: false },
    { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
    { name: 'field-manager', type: 'string', default: 'kubectl-edit' },
    { name: 'subresource', type: 'string', default: '' },
    { name: 'show-managed-fields', type: 'bool', default: false },
    { name: 'allow-missing-template-keys', type: 'bool', default: true },
    { name: 'template', type: 'string', default: '' },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
  ],
  run: edit,
});
