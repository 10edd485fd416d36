/// <reference lib="webworker" />
import { readTable, type TableRequest } from './tableJob';

/**
 * Reads one table off the main thread (a 20 MB file is split and its cells read in a few hundred
 * milliseconds, far over a frame): the file's bytes too, so the page never holds its text. One
 * worker per table, ended by the page when the table arrives or the reader presses Cancel.
 */
self.onmessage = (event: MessageEvent<TableRequest>) => {
  void readTable(event.data, (reply, transfer) => self.postMessage(reply, transfer));
};
