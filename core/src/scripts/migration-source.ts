/**
 * How a generated migration writes one SQL statement: a JSON string literal, broken into
 * concatenated pieces at spaces so no line of the file passes 100 columns. The statement's text
 * (and so its checksum in the ledger) is the same however it is broken.
 */
const WIDTH = 100;
const FIRST_INDENT = '    ';
const NEXT_INDENT = '      + ';

export function statementSource(sql: string): string {
  const pieces: string[] = [];
  let rest = sql;

  while (rest.length > 0) {
    const indent = pieces.length === 0 ? FIRST_INDENT : NEXT_INDENT;
    // Room for the quotes and the trailing comma of the last line.
    const room = WIDTH - indent.length - 3;
    if (JSON.stringify(rest).length - 2 <= room) {
      pieces.push(rest);
      break;
    }
    const cut = cutPoint(rest, room);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }

  return pieces.map((piece, index) => (index === 0 ? FIRST_INDENT : NEXT_INDENT) +
    JSON.stringify(piece)).join('\n') + ',';
}

/** After the last space that keeps the piece within `room` once escaped; else a hard cut. */
function cutPoint(text: string, room: number): number {
  let fit = 0;
  while (fit < text.length && JSON.stringify(text.slice(0, fit + 1)).length - 2 <= room) fit += 1;
  const space = text.lastIndexOf(' ', fit - 1);
  return space > 0 ? space + 1 : Math.max(fit, 1);
}
