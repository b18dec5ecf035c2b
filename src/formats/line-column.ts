// Where in a file something is, as an editor shows it: a line and a column, both from 1.

/** A file that can't be read, saying why and, when known, where (`line`/`column` from 1). */
export class FileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line ? `Line ${line}, column ${column ?? 1}: ${message}` : message);
  }
}

/** 1-based line and column of a character offset (a line ends at \n, \r\n or a lone \r). */
export function toLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
