import { useState, type ComponentProps, type DragEvent, type ReactNode } from 'react';
import { ChartFrame } from '../common/ChartFrame';
import { useImportRequest } from './importRequest';
import { useDescent } from '../../store/descentStore';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Wraps the data chart: a file dropped on it opens "Import data" with the file read. The wrapper
 * takes no box of its own (display: contents), so the chart keeps its place in the grid.
 */
export function DataDropZone({ children }: { children: ReactNode }) {
  const show = useImportRequest((s) => s.show);
  const [over, setOver] = useState(false);
  // A class whose link hides importing (hide=import) drops no file in either.
  const importHidden = useDescent((s) => s.hidden.includes('import'));
  if (importHidden) return <>{children}</>;
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) show(file);
      }}
    >
      {children}
    </div>
  );
}

/** The data chart's frame: a ChartFrame that takes a dropped CSV file. */
export function DataChartFrame(props: ComponentProps<typeof ChartFrame>) {
  return (
    <DataDropZone>
      <ChartFrame {...props} />
    </DataDropZone>
  );
}
