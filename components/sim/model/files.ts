// Files a command can read: the scenario's own and the note's YAML blocks that carry a title
// (```yaml title="pod.yaml"), so `kubectl create -f pod.yaml` works on the page's simulation.

/** Data attributes the Expressive Code plugin puts on titled YAML blocks. */
export const FILE_NAME_ATTR = 'data-sim-file';
export const FILE_CONTENT_ATTR = 'data-sim-file-content';

/** File names a command line reads with -f/--filename (stdin '-' excluded). */
export function referencedFiles(line: string): string[] {
  const words = line.trim().split(/\s+/);
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((w === '-f' || w === '--filename') && i + 1 < words.length) names.push(words[++i]);
    else if (w.startsWith('--filename=')) names.push(w.slice('--filename='.length));
    else if (w.startsWith('-f=')) names.push(w.slice(3));
  }
  return names.filter((n) => n !== '-').map((n) => n.replace(/^\.\//, ''));
}

/** The subset of available files the command needs (recorded with the input, so replays do not depend on the page). */
export function filesForCommand(line: string, available: Record<string, string>): Record<string, string> | undefined {
  const picked: Record<string, string> = {};
  let any = false;
  for (const name of referencedFiles(line)) {
    const content = available[name] ?? available[name.replace(/^.*\//, '')];
    if (content !== undefined) {
      picked[name] = content;
      any = true;
    }
  }
  return any ? picked : undefined;
}

interface QueryRoot {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
}

export function pageFiles(root: QueryRoot): Record<string, string> {
  const files: Record<string, string> = {};
  const nodes = root.querySelectorAll(`[${FILE_NAME_ATTR}]`);
  for (let i = 0; i < nodes.length; i++) {
    const name = nodes[i].getAttribute(FILE_NAME_ATTR);
    const content = nodes[i].getAttribute(FILE_CONTENT_ATTR);
    if (name && content !== null) files[name] = content;
  }
  return files;
}
