import { checkFileSize, decodeCsvFile } from '../../scenarios/dataCsv';
import { parseTable, type PointLimits, type TableResult } from '../../scenarios/dataTable';

/** What the table reader is asked: a file (read where the job runs) or pasted text, and the scenario's limits. */
export interface TableRequest {
  readonly source: File | string;
  readonly limits: PointLimits;
}

/** Progress (0…1) while reading, then the table or why there is none. */
export type TableReply =
  { readonly type: 'progress'; readonly fraction: number } | { readonly type: 'done'; readonly result: TableResult };

export type PostReply = (reply: TableReply, transfer: Transferable[]) => void;

/** Reading the bytes and decoding them counts for this much of the bar; splitting the rows for the rest. */
const READ_SHARE = 0.1;

/**
 * Reads one table: the file's bytes (refused over 20 MB before reading, or when they are not
 * UTF-8 text), then the parse, posting progress at most once per percent. The columns' values
 * go back as transferable buffers, so a 100,000-row table costs the page no copy.
 */
export async function readTable(request: TableRequest, post: PostReply): Promise<void> {
  const { source, limits } = request;
  let shown = -1;
  const progress = (fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (percent <= shown) return;
    shown = percent;
    post({ type: 'progress', fraction }, []);
  };
  const done = (result: TableResult) => {
    const transfer = result.ok
      ? [result.table.lines.buffer, ...result.table.columns.map((column) => column.values.buffer)]
      : [];
    post({ type: 'done', result }, transfer);
  };

  let text: string;
  if (typeof source === 'string') text = source;
  else {
    const tooLarge = checkFileSize(source.name, source.size);
    if (tooLarge) return done({ ok: false, error: tooLarge, line: null });
    progress(0);
    const decoded = decodeCsvFile(source.name, new Uint8Array(await source.arrayBuffer()));
    if (!decoded.ok) return done({ ok: false, error: decoded.error, line: null });
    text = decoded.text;
  }
  progress(READ_SHARE);
  done(parseTable(text, limits, (fraction) => progress(READ_SHARE + (1 - READ_SHARE) * fraction)));
}
