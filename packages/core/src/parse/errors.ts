/** An input file that is not a readable article; `line` is 1-based, or null when no single line is at fault. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
  }
}
