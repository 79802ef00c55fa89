import { FileSystem, normalizePath, parentOf } from './fileSystem.ts';

/**
 * Why bash cannot open `name` for writing (`> name`), in bash's words, or undefined: the target is
 * a directory, or its directory does not exist.
 */
export function redirectionProblem(session: Record<string, unknown>, name: string): string | undefined {
  const fs = new FileSystem(session);
  if (fs.isFile(name)) return undefined;
  if (fs.isDirectory(name)) return 'Is a directory';
  if (!fs.isDirectory(parentOf(normalizePath(name)))) return 'No such file or directory';
  return undefined;
}
