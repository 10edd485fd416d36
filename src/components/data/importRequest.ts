import { create } from 'zustand';

/**
 * Whether the "Import data" dialog is open, and a file dropped on the data chart for it to read.
 * Page state, not model state: the chart's drop zone and the Data panel's button both open the
 * one dialog, which the Data panel renders.
 */
interface ImportRequest {
  readonly open: boolean;
  readonly file: File | null;
  /** A fresh id per opening, so a second drop of the same file is read again. */
  readonly id: number;
  show(file?: File): void;
  close(): void;
}

export const useImportRequest = create<ImportRequest>()((set) => ({
  open: false,
  file: null,
  id: 0,
  show: (file) => set((s) => ({ open: true, file: file ?? null, id: s.id + 1 })),
  close: () => set({ open: false, file: null }),
}));
