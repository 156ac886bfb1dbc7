import { join } from 'node:path';
import type { SourceFile } from 'typescript/unstable/ast';
import { API, type Checker } from 'typescript/unstable/sync';

/**
 * Parses `files` with the TypeScript compiler (the native compiler's API, through the
 * `tsconfig` at `root`) and returns what `visit` finds in each, in file order. Throws when one
 * of `files` is not part of the program, so no file escapes a source check unparsed.
 */
export function visitSources<T>(root: string, tsconfig: string, files: readonly string[], visit: (file: SourceFile, checker: Checker) => T[]): T[] {
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProject: join(root, tsconfig) });
    const project = snapshot.getProjects()[0];
    if (project === undefined) throw new Error(`no project for ${tsconfig}`);
    return files.flatMap((f) => {
      const file = project.program.getSourceFile(f);
      if (file === undefined) throw new Error(`${f} is not part of the program of ${tsconfig}`);
      return visit(file, project.checker);
    });
  } finally {
    api.close();
  }
}
