import { watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface WatchOptions {
  /** Files whose change triggers a run. */
  readonly files: readonly string[];
  /** Quiet period after the last change before running, in milliseconds. */
  readonly debounceMs: number;
  readonly run: () => Promise<void>;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Calls `run` after the watched files change, once per burst of changes (editors save in
 * several writes), never twice at once: a change during a run schedules one more run.
 * Watches the folders, not the files, so that an editor's write-to-temp-then-rename is seen.
 */
export function watchFiles(options: WatchOptions): Promise<void> {
  const targets = new Set(options.files.map((file) => path.resolve(file)));
  const folders = new Set([...targets].map((file) => path.dirname(file)));
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  const fire = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await options.run();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), options.debounceMs);
  };

  const watchers: FSWatcher[] = [...folders].map((folder) =>
    watch(folder, (_event, name) => {
      if (name !== null && targets.has(path.join(folder, name.toString()))) schedule();
    }),
  );
  return new Promise((resolve) => {
    const stop = (): void => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      resolve();
    };
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener("abort", stop, { once: true });
  });
}
