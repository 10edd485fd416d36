import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogs/en';
import { es } from '../../src/i18n/catalogs/es';

// The catalogs arrive compiled (vite.config.ts): each message is a string or a token array
// whose placeholders are arrays [name, type?, cases?].
type Token = string | readonly [string, string?, Record<string, unknown>?];

/** The placeholder names a compiled message uses, plural and select cases included. */
function placeholders(message: unknown, into = new Set<string>()): Set<string> {
  if (!Array.isArray(message)) return into;
  for (const token of message as Token[]) {
    if (typeof token === 'string') continue;
    into.add(token[0]);
    for (const branch of Object.values(token[2] ?? {})) placeholders(branch, into);
  }
  return into;
}

const src = resolve(import.meta.dirname, '../../src');
const isCatalog = (dir: string) => dir === 'i18n/catalogs' || /^scenarios\/[^/]+\/messages$/.test(dir);
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The catalogs themselves (the areas and each scenario's messages/) are not code that uses a key.
    if (statSync(path).isDirectory()) return isCatalog(relative(src, path)) ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the message catalogs', () => {
  const english = en as Record<string, unknown>;
  const spanish = es as Record<string, unknown>;

  it('Spanish holds exactly the English keys', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  });

  it('each Spanish message uses the same placeholders as its English one', () => {
    for (const key of Object.keys(english)) {
      expect([...placeholders(spanish[key])].sort(), key).toEqual([...placeholders(english[key])].sort());
    }
  });

  it('every key is used by the code, and the code names no key the catalogs lack', () => {
    const code = sources(src)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(english).filter(
      (key) => !new RegExp(`['"\`]${key.replace(/\./g, '\\.')}['"\`]`).test(code),
    );
    expect(unused).toEqual([]);
    // TypeScript refuses an unknown key in t() and msg(); this catches one hidden in a plain string.
    const named = [...code.matchAll(/\b(?:t|msg)\(\s*'([a-z][\w.]*)'/g)].map((m) => m[1]!);
    expect(named.filter((key) => !(key in english))).toEqual([]);
  });

  it("a scenario's own words are named after it, so merging the folders overwrites no key", () => {
    const ids = readdirSync(join(src, 'scenarios')).filter((id) => existsSync(join(src, 'scenarios', id, 'messages')));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      for (const language of ['en', 'es']) {
        const text = readFileSync(join(src, 'scenarios', id, 'messages', `${language}.ts`), 'utf8');
        const keys = [...text.matchAll(/^\s+'([^']+)':/gm)].map((m) => m[1]!);
        expect(keys.length, `${id}/${language}`).toBeGreaterThan(0);
        expect(
          keys.filter((key) => !key.startsWith(`${id}.`)),
          `${id}/${language}`,
        ).toEqual([]);
      }
    }
  });

  it('no message is empty in either language', () => {
    for (const [key, message] of [...Object.entries(english), ...Object.entries(spanish)]) {
      expect(Array.isArray(message) ? message.length : String(message).length, key).toBeGreaterThan(0);
    }
  });
});
