import { formatData, MAX_POINTS, parseData } from '../scenarios/data';
import { matchingSet } from '../scenarios/dataSets';
import { parseInRange, type Parsed } from '../format/parseNumber';
import { formatHyper, formatRace, parseHyper, parseRace } from '../scenarios/race';
import { DEFAULT_SCENARIO, isScenarioId, scenarioIds, scenarioOf, type ScenarioId } from '../scenarios/registry';
import {
  numberSettings,
  settingName,
  type ChoiceSetting,
  type CommonSettings,
  type NumberSetting,
  type TextSetting,
} from '../scenarios/scenario';
import { roundTrip } from '../format/number';
import { msg, type Msg } from '../i18n/i18n';
import { isLanguage, type Language } from '../i18n/languages';
import { formatLessonFields, readHidden, readLessonLink, type LessonLink, type Panel } from './lessonLink';

/**
 * The URL hash as a pure schema (STYLE.md rule 3; tensorflow/playground's one-table idea):
 * each field knows how to read itself from text and write itself back, and both parsing and
 * writing walk the same table, so a link always reproduces the state it was made from.
 *   #scenario=bias&lr=0.1&b3=0&iter=0&data=0:0,0.5:1,1:0
 */
export interface LinkState {
  readonly scenario: ScenarioId;
  readonly settings: CommonSettings;
  /** Steps to replay on load. */
  readonly iter: number;
  /** The compact view for an iframe in a course page (`embed=1`); left out of the link when off. */
  readonly embed?: boolean;
  /** The page's language (`lang=es`); left out when the link need not name it. */
  readonly lang?: Language;
  /** A lesson running at a card (`lesson=learning-rate&card=3`); left out when none runs. */
  readonly lesson?: LessonLink;
  /** Panels hidden for a class (`hide=race,sweep`); left out when none is. */
  readonly hide?: readonly Panel[];
}

export const MAX_ITER = 100000;

interface HashField {
  readonly key: string;
  /** Applies the field's text to the settings, or says what is wrong with it. */
  read(settings: CommonSettings, text: string): Parsed<CommonSettings>;
  /** Null when the field is left out of the link (a default that need not be spelled out). */
  write(settings: CommonSettings): string | null;
}

function numberField(setting: NumberSetting<CommonSettings>): HashField {
  return {
    key: setting.key,
    read: (settings, text) => {
      const parsed = parseInRange(text, setting, settingName(setting));
      return parsed.ok ? { ok: true, value: setting.write(settings, parsed.value) } : parsed;
    },
    // A setting that does not apply (a seed with nothing random) is left out of the link.
    write: (settings) =>
      (setting.inLink ?? setting.visible)?.(settings) === false ? null : roundTrip(setting.read(settings)),
  };
}

function choiceField(choice: ChoiceSetting<CommonSettings>): HashField {
  const values = choice.options.map((o) => o.value);
  return {
    key: choice.key,
    read: (settings, text) =>
      values.includes(text)
        ? { ok: true, value: choice.write(settings, text) }
        : { ok: false, error: msg('link.choice', { key: choice.key, values: values.join(', ') }) },
    // The default is left out, so the plain links of DESIGN.md stay as they are.
    write: (settings) => (choice.read(settings) === choice.fallback ? null : choice.read(settings)),
  };
}

/** A formula travels url-encoded (its spaces, + and ^), read back exactly as it was typed. */
function textField(setting: TextSetting<CommonSettings>): HashField {
  return {
    key: setting.key,
    read: (settings, text) => setting.write(settings, text),
    write: (settings) => ((setting.visible?.(settings) ?? true) ? encodeURIComponent(setting.read(settings)) : null),
  };
}

/**
 * The points, spelled out up to MAX_POINTS; a real table by its name (`data=faithful`, loaded
 * before the link is read: the scenario's prepare()); more points than a link should carry are
 * left out, so such a link opens on the scenario's own data with every other setting.
 */
const tablesOf = (id: ScenarioId) => (scenarioOf(id).dataSets ?? []).filter((set) => set.table);

function dataFieldOf(id: ScenarioId): HashField {
  const tables = tablesOf(id);
  return {
    key: 'data',
    read: (settings, text) => {
      const table = tables.find((set) => set.id === text);
      if (table) {
        return table.data.length > 0
          ? { ok: true, value: { ...settings, data: table.data } }
          : { ok: false, error: msg('link.tableNotLoaded', { name: text }) };
      }
      const parsed = parseData(text);
      return parsed.ok ? { ok: true, value: { ...settings, data: parsed.value } } : parsed;
    },
    write: (settings) => {
      const table = matchingSet(tables, settings.data);
      if (table) return table.id;
      return settings.data.length > MAX_POINTS ? null : formatData(settings.data);
    },
  };
}

const DATA_FIELDS = new Map<ScenarioId, HashField>(scenarioIds.map((id) => [id, dataFieldOf(id)]));
const dataFieldFor = (id: ScenarioId) => DATA_FIELDS.get(id)!;

/** Whether a link to this state leaves its data out (more points than a link carries, not a named table). */
export function dataLeftOut(scenario: ScenarioId, data: CommonSettings['data']): boolean {
  return !scenarioOf(scenario).noData && data.length > MAX_POINTS && !matchingSet(tablesOf(scenario), data);
}

/** The race's lanes and hyper-parameters: written only when a race is set up. */
const raceFields: readonly HashField[] = [
  {
    key: 'race',
    read: (settings, text) => {
      const parsed = parseRace(text);
      return parsed.ok ? { ok: true, value: { ...settings, race: parsed.value } } : parsed;
    },
    write: (settings) => (settings.race && settings.race.length > 0 ? formatRace(settings.race) : null),
  },
  {
    key: 'hyper',
    read: (settings, text) => {
      const parsed = parseHyper(text);
      return parsed.ok ? { ok: true, value: { ...settings, hyper: parsed.value } } : parsed;
    },
    write: (settings) => (settings.hyper ? formatHyper(settings.hyper) : null),
  },
];

/**
 * The hash fields of each scenario for these settings, in the order a link spells them: the text
 * settings (which the numbers may depend on), the numbers that always apply, the choices, then
 * numbers that depend on a choice (before iter and data).
 */
function fieldsOf(id: ScenarioId, settings: CommonSettings): readonly HashField[] {
  const scenario = scenarioOf(id);
  const numbers = [scenario.learningRate, ...numberSettings(scenario, settings)];
  const fields = [
    ...(scenario.texts ?? []).map(textField),
    ...numbers.filter((n) => !n.visible).map(numberField),
    ...scenario.choices.map(choiceField),
    ...numbers.filter((n) => n.visible).map(numberField),
    ...(scenario.raceProblem ? raceFields : []),
  ];
  const order = scenario.linkOrder;
  if (!order) return fields;
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return fields.sort((a, b) => rank(a.key) - rank(b.key));
}

// Most scenarios' fields never change with their settings: made once.
const STATIC_FIELDS = new Map<ScenarioId, readonly HashField[]>(
  scenarioIds
    .filter((id) => typeof scenarioOf(id).settings !== 'function')
    .map((id) => [id, fieldsOf(id, scenarioOf(id).defaults)]),
);

const fieldsFor = (id: ScenarioId, settings: CommonSettings) => STATIC_FIELDS.get(id) ?? fieldsOf(id, settings);

export interface ParsedLink {
  readonly state: LinkState;
  /** One sentence per field that was ignored, naming it. */
  readonly notices: readonly Msg[];
}

export function parseHash(hash: string): ParsedLink {
  const notices: Msg[] = [];
  const entries: [string, string][] = [];
  const body = hash.replace(/^#/, '');
  for (const part of body === '' ? [] : body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    try {
      entries.push([decodeURIComponent(rawKey), decodeURIComponent(rawValue)]);
    } catch {
      notices.push(msg('link.notUrlText', { field: clip(eq < 0 ? part : part.slice(0, eq)) }));
    }
  }

  const seen = new Set<string>();
  const unique: [string, string][] = [];
  for (const [key, value] of entries) {
    if (seen.has(key)) {
      notices.push(msg('link.repeated', { field: clip(key) }));
      continue;
    }
    seen.add(key);
    unique.push([key, value]);
  }

  let scenario: ScenarioId = DEFAULT_SCENARIO;
  const named = unique.find(([key]) => key === 'scenario');
  if (named) {
    if (isScenarioId(named[1])) scenario = named[1];
    else notices.push(msg('link.scenario', { values: scenarioIds.join(', ') }));
  }

  let settings: CommonSettings = scenarioOf(scenario).defaults;
  let iter = 0;
  let embed = false;
  let lang: Language | undefined;
  let hide: readonly Panel[] = [];
  const lessonField = unique.find(([key]) => key === 'lesson')?.[1];
  const cardField = unique.find(([key]) => key === 'card')?.[1];
  const lesson = readLessonLink(lessonField, cardField, notices);
  // The data, then the text settings, wherever the link puts them: a formula is checked on the
  // data, and the number fields depend on the formula.
  const texts = new Set((scenarioOf(scenario).texts ?? []).map((t) => t.key));
  const rank = ([key]: [string, string]) => (key === 'data' ? 0 : texts.has(key) ? 1 : 2);
  const ordered = [...unique].sort((a, b) => rank(a) - rank(b));
  for (const [key, value] of ordered) {
    if (key === 'scenario') continue;
    if (key === 'embed') {
      if (value === '1' || value === '0') embed = value === '1';
      else notices.push(msg('link.embed'));
      continue;
    }
    if (key === 'lesson' || key === 'card') continue;
    if (key === 'hide') {
      hide = readHidden(value, notices);
      continue;
    }
    if (key === 'lang') {
      if (isLanguage(value)) lang = value;
      else notices.push(msg('link.lang'));
      continue;
    }
    if (key === 'iter') {
      const parsed = parseInRange(value, { min: 0, max: MAX_ITER, integer: true }, msg('link.iterName'));
      if (parsed.ok) iter = parsed.value;
      else notices.push(msg('link.ignored', { field: 'iter', error: parsed.error }));
      continue;
    }
    const field = key === 'data' ? dataFieldFor(scenario) : fieldsFor(scenario, settings).find((f) => f.key === key);
    if (!field) {
      notices.push(msg('link.unknown', { field: clip(key), scenario }));
      continue;
    }
    const read = field.read(settings, value);
    if (read.ok) settings = read.value;
    else notices.push(msg('link.ignored', { field: key, error: read.error }));
  }
  const state: LinkState = {
    scenario,
    settings,
    iter,
    ...(embed && { embed }),
    ...(lang && { lang }),
    ...(lesson && { lesson }),
    ...(hide.length > 0 && { hide }),
  };
  return { state, notices };
}

export function formatHash(state: LinkState): string {
  const parts = [`scenario=${state.scenario}`];
  for (const field of fieldsFor(state.scenario, state.settings)) {
    const text = field.write(state.settings);
    if (text !== null) parts.push(`${field.key}=${text}`);
  }
  parts.push(`iter=${state.iter}`);
  const data = scenarioOf(state.scenario).noData ? null : dataFieldFor(state.scenario).write(state.settings);
  if (data !== null) parts.push(`data=${data}`);
  if (state.embed) parts.push('embed=1');
  if (state.lang) parts.push(`lang=${state.lang}`);
  parts.push(...formatLessonFields(state.lesson, state.hide));
  return `#${parts.join('&')}`;
}

/** Field names are echoed in notices; a long or odd one is cut, and no NaN/Infinity is shown. */
function clip(text: string): string {
  const safe = text.replace(/NaN|Infinity/gi, '?');
  return safe.length > 32 ? `${safe.slice(0, 32)}…` : safe;
}
