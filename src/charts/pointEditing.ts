/** Callbacks that make the data points editable: drag, arrow keys, click to add, Delete. */
export interface PointEditing {
  onMove(index: number, x: number, y: number): void;
  onAdd(x: number, y: number): void;
  onRemove(index: number): void;
}
