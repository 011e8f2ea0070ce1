/**
 * Progress on stderr: a bar redrawn in place on a terminal (visits done of planned, current phase),
 * one plain line per visit otherwise (CI logs), nothing with --quiet.
 */
export class Progress {
  #done = 0;
  readonly #total: number;
  readonly #pages: number;
  readonly #visitsOf = new Map<string, number>();
  readonly #tty: boolean;
  readonly #quiet: boolean;
  readonly #stream: NodeJS.WriteStream;

  /** @param pages pages planned; @param total visits planned (pages × 3 phases) */
  constructor(pages: number, total: number, quiet: boolean, stream: NodeJS.WriteStream = process.stderr) {
    this.#pages = pages;
    this.#total = total;
    this.#quiet = quiet;
    this.#stream = stream;
    this.#tty = Boolean(stream.isTTY);
  }

  /** A line of its own (plan, warnings). */
  note(line: string): void {
    if (this.#quiet) return;
    if (this.#tty) this.#stream.write('\r\x1b[2K');
    this.#stream.write(line + '\n');
  }

  /** One visit finished. */
  tick(phase: string, path: string, ms: number, error?: string): void {
    this.#done++;
    this.#visitsOf.set(path, (this.#visitsOf.get(path) ?? 0) + 1);
    const pagesDone = [...this.#visitsOf.values()].filter((n) => n >= 3).length;
    if (this.#quiet) return;
    if (!this.#tty) {
      this.#stream.write(`tamis-scan: ${pagesDone}/${this.#pages} pages, visit ${this.#done}/${this.#total} ${phase.padEnd(6)} ${path} ${(ms / 1000).toFixed(1)} s${error ? ` — ${error}` : ''}\n`);
      return;
    }
    if (error) this.note(`  ${phase} ${path}: ${error}`);
    const width = 24;
    const full = Math.round((this.#done / this.#total) * width);
    const cols = this.#stream.columns ?? 80;
    const line = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${pagesDone}/${this.#pages} pages · ${this.#done}/${this.#total} visits · ${phase} · ${path}`;
    this.#stream.write('\r\x1b[2K' + line.slice(0, cols - 1));
  }

  end(): void {
    if (!this.#quiet && this.#tty) this.#stream.write('\r\x1b[2K');
  }
}
