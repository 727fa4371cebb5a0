import { CliError } from './errors.js';

/**
 * Writes a command's result to stdout with backpressure. When the reader goes away
 * (`dateline export | head`), the write fails with EPIPE: that is not an error, the
 * command should just stop, so `write` then returns false and `closed` turns true.
 */
export class Output {
  #closed = false;
  #error: Error | undefined;
  readonly #stream: NodeJS.WriteStream;

  constructor(stream: NodeJS.WriteStream) {
    this.#stream = stream;
    stream.on('error', (err: NodeJS.ErrnoException) => {
      this.#closed = true;
      if (err.code !== 'EPIPE') this.#error = err;
    });
  }

  /** True when the output goes to a terminal (styling and terminal-width wrapping apply). */
  get isTerminal(): boolean {
    return this.#stream.isTTY === true;
  }

  /** Columns to wrap text to: the terminal's width, or 80 when piped or when the terminal does not say. */
  get width(): number {
    const columns = this.isTerminal ? this.#stream.columns : 0;
    return columns > 0 ? columns : 80;
  }

  /** True once the reader has gone away (or the stream failed). */
  get closed(): boolean {
    return this.#closed;
  }

  /** Writes `chunk`, waiting for the stream to drain when its buffer is full; false once closed. Throws CliError on a write error other than EPIPE. */
  async write(chunk: string): Promise<boolean> {
    this.#throwIfFailed();
    if (this.#closed) return false;
    if (!this.#stream.write(chunk)) {
      // 'drain' never comes once the pipe is broken, so also wake on error/close.
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.#stream.off('drain', done);
          this.#stream.off('error', done);
          this.#stream.off('close', done);
          resolve();
        };
        this.#stream.on('drain', done);
        this.#stream.on('error', done);
        this.#stream.on('close', done);
      });
    }
    this.#throwIfFailed();
    return !this.#closed;
  }

  #throwIfFailed(): void {
    if (this.#error !== undefined) throw new CliError(`cannot write output: ${this.#error.message}`, { cause: this.#error });
  }
}
