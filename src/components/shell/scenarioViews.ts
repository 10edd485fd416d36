import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { DEFAULT_SCENARIO, isScenarioId, scenarioIds, type ScenarioId } from '../../scenarios/registry';
import { loadTypesetter } from '../math/typeset';

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

const loads = new Map<ScenarioId, Promise<ComponentType>>();

/**
 * Starts loading a scenario's view, once. The typesetter its chain rule needs starts with it: left
 * to the first formula's render, it would wait for the view's chunk, its render and the
 * derivation's chunk in turn, one round trip after another.
 */
export function loadScenarioView(id: ScenarioId): Promise<ComponentType> {
  let load = loads.get(id);
  if (!load) {
    load = loaderOf(id)();
    loads.set(id, load);
    loadTypesetter().catch(() => undefined); // a formula that then fails to load says so itself
  }
  return load;
}

/** The scenario a link opens on, before the store has read it (the first view's chunk starts early). */
export function scenarioInHash(hash: string): ScenarioId {
  const match = /(?:^#?|&)scenario=([^&]*)/.exec(hash);
  return match && isScenarioId(match[1]!) ? match[1] : DEFAULT_SCENARIO;
}

export const scenarioViews = Object.fromEntries(
  scenarioIds.map((id) => [id, lazy(() => loadScenarioView(id).then((View) => ({ default: View })))]),
) as Record<ScenarioId, LazyExoticComponent<ComponentType>>;
