import { err, registerProgram, type CommandIO } from '../command.ts';
import { FileSystem, normalizePath, parentOf } from '../files/fileSystem.ts';
import { languageOf, openEditor } from './editRequest.ts';

/**
 * `vi FILE`, `vim FILE` and `nano FILE`: open the reader's editor on a session file (empty when it
 * does not exist yet) and write what was saved. Quitting without writing leaves the file as it was
 * (a new file is not created). vi without a file opens an empty buffer that cannot be written
 * anywhere, so the simulation asks for a name instead.
 */
function editorProgram(name: 'vi' | 'vim' | 'nano') {
  return function* (argv: string[], io: CommandIO) {
    const operands = argv.filter((a) => !a.startsWith('-') && !a.startsWith('+'));
    if (operands.length !== 1) {
      err(io, `${name}: this simulated editor opens exactly one file: ${name} FILE`);
      return 1;
    }
    const path = operands[0];
    const fs = FileSystem.of(io);
    if (fs.isDirectory(path) && !fs.isFile(path)) {
      // vim shows a directory listing (netrw) and nano refuses; neither edits it.
      err(io, name === 'nano' ? `nano: "${path}" is a directory` : `"${path}" is a directory`);
      return 1;
    }
    const saved = yield* openEditor({ path, text: fs.read(path) ?? '', keys: name === 'nano' ? 'nano' : 'vi', purpose: 'file', language: languageOf(path) });
    if (saved === null) return 0;
    if (!fs.isDirectory(parentOf(normalizePath(path)))) {
      // vim's E212 when the directory is missing; the file is not written.
      err(io, `"${path}" E212: Can't open file for writing`);
      return 1;
    }
    fs.write(path, saved);
    ((io.session.fileTimes as Record<string, number> | undefined) ??= {})[normalizePath(path)] = io.now();
    return 0;
  };
}

for (const name of ['vi', 'vim', 'nano'] as const) registerProgram(name, editorProgram(name));
