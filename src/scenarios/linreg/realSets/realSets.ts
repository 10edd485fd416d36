import { tableSet, type DataSet } from '../../dataSets';

/**
 * The real tables in the "Data set" choice. Each is its own chunk, imported when first chosen or
 * named by a link (`data=faithful`): a student's first real data, kept out of the first load.
 */
export const REAL_SETS: readonly DataSet[] = [
  tableSet('faithful', 'linreg.set.faithful', 'linreg.set.faithful.about', 'linreg.set.faithful.source', () =>
    import('./faithful').then((m) => m.faithful),
  ),
  tableSet('galton', 'linreg.set.galton', 'linreg.set.galton.about', 'linreg.set.galton.source', () =>
    import('./galton').then((m) => m.galton),
  ),
];

/** The real tables a link names, loaded; null when it names none (nothing to wait for). */
export function loadNamedSets(hash: string): Promise<void> | null {
  const named = REAL_SETS.filter((set) => new RegExp(`(^|[#&])data=${set.id}(&|$)`).test(hash));
  return named.length === 0 ? null : Promise.all(named.map((set) => set.table!.load())).then(() => undefined);
}
