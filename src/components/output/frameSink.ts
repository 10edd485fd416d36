/** Where drawn frames go: an encoder that turns them into one file. */
export interface FrameSink {
  add(canvas: HTMLCanvasElement, context: CanvasRenderingContext2D): Promise<void>;
  finish(): Promise<Blob>;
  dispose(): void;
}
