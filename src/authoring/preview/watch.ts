/**
 * Watching the course folders for changes, debounced: an editor's save is often several
 * events (write, rename, change), and a build per event would be wasted work.
 *
 * On macOS and Windows, `fs.watch(dir, { recursive: true })` is the system's own recursive
 * watch. On Linux, Node 20 emulates `recursive` by watching each *file*, and a file saved by
 * replacing it (as `sed -i`, vim and many editors do) keeps the watch on the old, deleted
 * file: every later save is missed. So on Linux copack watches each *folder* in the tree
 * instead (inotify on a folder sees writes, creations and renames of the files in it) and
 * adds or drops folders as they come and go.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, sep } from 'node:path';

export interface WatchTarget {
  path: string;
  recursive: boolean;
  /** Only names this accepts count (for a folder watched for one file in it). */
  accept?: (name: string) => boolean;
}

export interface Watcher {
  close: () => void;
}

/** Editors' swap and backup files: saving a course file makes them, but they are not the course. */
const editorLitter = (name: string) => /(^|[\\/])(\.#[^\\/]*|[^\\/]*~|[^\\/]*\.sw[px]|4913)$/.test(name);

/** Folders never worth watching inside a course. */
const skippedFolders = new Set(['.git', 'node_modules']);

const nativeRecursive = process.platform === 'darwin' || process.platform === 'win32';

/**
 * Calls `onChange` with the changed paths once no event has come for `debounceMs`. Errors
 * from a watcher go to `onError`; the others keep watching.
 */
export function watchPaths(
  targets: readonly WatchTarget[],
  onChange: (changed: string[]) => void,
  options: { debounceMs?: number; onError?: (error: Error) => void } = {},
): Watcher {
  const debounceMs = options.debounceMs ?? 150;
  const onError = options.onError ?? (() => undefined);
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const paths = [...changed].sort();
    changed.clear();
    if (paths.length > 0) onChange(paths);
  };
  const note = (path: string) => {
    changed.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const closers: Array<() => void> = [];
  for (const target of targets) {
    const accept = (name: string) => !editorLitter(name) && (!target.accept || target.accept(name));
    if (target.recursive && !nativeRecursive) {
      closers.push(watchTree(target.path, (path, name) => accept(name) && note(path), onError));
    } else {
      try {
        const watcher = watch(target.path, { recursive: target.recursive }, (_event, name) => {
          const file = name === null ? '' : String(name);
          if (accept(file)) note(file ? join(target.path, file) : target.path);
        });
        watcher.on('error', onError);
        closers.push(() => watcher.close());
      } catch (error) {
        onError(error as Error);
      }
    }
  }
  return {
    close: () => {
      if (timer) clearTimeout(timer);
      for (const close of closers) close();
    },
  };
}

/** One non-recursive watch per folder under `root`, kept in step as folders are made and removed. */
function watchTree(root: string, onEvent: (path: string, name: string) => void, onError: (error: Error) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const drop = (dir: string) => {
    for (const [path, watcher] of watchers) {
      if (path === dir || path.startsWith(dir + sep)) {
        watcher.close();
        watchers.delete(path);
      }
    }
  };
  const add = (dir: string) => {
    if (closed || watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (event, name) => {
        const file = name === null ? '' : String(name);
        const path = file ? join(dir, file) : dir;
        // A rename may be a folder made, moved in or removed: start or stop watching it.
        if (event === 'rename' && file) {
          if (isFolder(path)) {
            if (!skippedFolders.has(file)) add(path);
          } else {
            drop(path);
          }
        }
        onEvent(path, file);
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onError(error as Error);
      return;
    }
    watcher.on('error', (error) => {
      // The folder went away (or can no longer be read): stop watching it, and say it changed.
      drop(dir);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onError(error);
      onEvent(dir, '');
    });
    watchers.set(dir, watcher);
    let entries: string[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !skippedFolders.has(entry.name))
        .map((entry) => join(dir, entry.name));
    } catch {
      // Removed while being read: its own watcher reports that.
    }
    for (const child of entries) add(child);
  };
  add(root);
  return () => {
    closed = true;
    drop(root);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
