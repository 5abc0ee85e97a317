/**
 * A one-line progress indicator on stderr for runs that take a while: shown only on a terminal,
 * only once the run has taken `delayMs`, redrawn in place and erased when the run ends.
 */
export interface ProgressOptions {
  readonly write: (text: string) => void;
  readonly isTTY: boolean;
  readonly delayMs?: number;
  readonly intervalMs?: number;
  readonly now?: () => number;
}

export class Progress {
  private stage = "starting";
  private readonly started: number;
  private timer: NodeJS.Timeout | undefined;
  private shown = false;
  private stopped = false;

  constructor(private readonly options: ProgressOptions) {
    this.started = (options.now ?? Date.now)();
    if (!options.isTTY) return;
    this.timer = setTimeout(() => {
      this.draw();
      this.timer = setInterval(() => this.draw(), options.intervalMs ?? 250);
      this.timer.unref();
    }, options.delayMs ?? 1000);
    this.timer.unref();
  }

  /** The step now under way, e.g. "loading spec/openapi.yaml". */
  step(stage: string): void {
    this.stage = stage;
    if (this.shown && !this.stopped) this.draw();
  }

  /** Erases the line (if it was ever drawn) and stops for good. */
  stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.timer);
    this.stopped = true;
    if (this.shown) this.options.write("\r\x1b[K");
    this.shown = false;
  }

  private draw(): void {
    const seconds = (((this.options.now ?? Date.now)() - this.started) / 1000).toFixed(1);
    this.options.write(`\r\x1b[Kspecgen: ${this.stage}… ${seconds} s`);
    this.shown = true;
  }
}
