import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { scenarioIds, type ScenarioId } from '../../scenarios/registry';

/**
 * Each scenario's folder holds its views; its main view is the one file `views/*View.tsx` there,
 * exported as default. Found by the folder, so a new scenario's view needs no line here. Each
 * loads when its scenario is first shown (a chunk of its own), which keeps the first load small.
 */
const modules = import.meta.glob<ComponentType>('../../scenarios/*/views/*View.tsx', { import: 'default' });

function loaderOf(id: ScenarioId): () => Promise<ComponentType> {
  const key = Object.keys(modules).find((path) => path.split('/')[3] === id);
  if (!key) throw new Error(`No view for scenario "${id}": add scenarios/${id}/views/<Name>View.tsx`);
  return modules[key]!;
}

export const scenarioViews = Object.fromEntries(
  scenarioIds.map((id) => {
    const load = loaderOf(id);
    return [id, lazy(() => load().then((View) => ({ default: View })))];
  }),
) as Record<ScenarioId, LazyExoticComponent<ComponentType>>;
