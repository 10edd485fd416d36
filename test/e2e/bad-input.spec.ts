import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, historyRows, setField, test } from './fixtures';

/** No NaN or Infinity anywhere: not in text, not in any attribute (SVG geometry included). */
async function expectNothingNonFinite(page: Page) {
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    const pattern = /NaN|Infinity/;
    for (const element of document.querySelectorAll('body *')) {
      for (const attribute of element.attributes) {
        if (pattern.test(attribute.value) && attribute.name !== 'value')
          bad.push(`${element.tagName}[${attribute.name}]`);
      }
    }
    const text = document.body.innerText;
    if (pattern.test(text)) bad.push(`text: ${text.match(/.{0,30}(NaN|Infinity).{0,30}/)?.[0]}`);
    return bad;
  });
  expect(found).toEqual([]);
}

// Field, typed text, and what the message must say. Each leaves the last good value in force.
const FIELD_CASES: [string, string, RegExp][] = [
  ['Learning rate value', 'abc', /Not a number/],
  ['Learning rate value', '', /Enter a number/],
  ['Learning rate value', ' ', /Enter a number/],
  ['Learning rate value', '1e309', /too large/],
  ['Learning rate value', '-Infinity', /Not a number/],
  ['Learning rate value', 'NaN', /Not a number/],
  ['Learning rate value', '0x10', /Not a number/],
  ['Learning rate value', '1,5', /comma/],
  ['Learning rate value', '-0.1', /between 0.001 and 1/],
  ['Learning rate value', '0', /between 0.001 and 1/],
  ['Learning rate value', '1e9', /between 0.001 and 1/],
  ['Starting b3', '1e308', /between -100 and 100/],
  ['Starting b3', '-1e308', /between -100 and 100/],
  ['Starting b3', 'two', /Not a number/],
];

test('bad values in the bias fields: a message each, the last good state kept', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  for (const [field, typed, message] of FIELD_CASES) {
    await setField(page, field, typed);
    await expect(
      page.getByRole('alert').filter({ hasText: message }),
      `${field} = ${JSON.stringify(typed)}`,
    ).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: field })).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('spinbutton', { name: field }).press('Escape');
  }
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.1');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  expect((await historyRows(page)).map((r) => r[5])).toEqual(['1.5655', '2.1917']);
  await expectNothingNonFinite(page);
});

const LINREG_CASES: [string, string, RegExp][] = [
  ['Epochs', '0', /between 1 and 100000/],
  ['Epochs', '1e12', /between 1 and 100000/],
  ['Epochs', '2.5', /whole number/],
  ['Log every', '0', /between 1 and 10000/],
  ['Log every', 'many', /Not a number/],
  ['Starting w', '1e308', /between -1000 and 1000/],
  ['Starting b', '1e309', /too large/],
];

test('bad values in the linreg fields, and a diverging rate, leave no NaN on the page', async ({ page }) => {
  await page.goto('./#scenario=linreg');
  for (const [field, typed, message] of LINREG_CASES) {
    await setField(page, field, typed);
    await expect(
      page.getByRole('alert').filter({ hasText: message }),
      `${field} = ${JSON.stringify(typed)}`,
    ).toBeVisible();
    await page.getByRole('spinbutton', { name: field }).press('Escape');
  }
  await expect(page.getByRole('spinbutton', { name: 'Epochs' })).toHaveAttribute('aria-valuenow', '1000');
  await setField(page, 'Learning rate value', '1');
  await page.getByRole('button', { name: 'Train to end' }).click();
  await expect(page.getByRole('status')).toContainText('Diverging');
  await expect(page.getByRole('status')).toContainText('2/λmax');
  await expectNothingNonFinite(page);
});

test('bad coordinates in the data table are refused', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Edit the points as a table').click();
  await setField(page, 'Point 1 x', 'abc');
  await expect(page.getByRole('alert').filter({ hasText: 'Not a number' })).toBeVisible();
  await setField(page, 'Point 2 y', '1e309');
  await expect(page.getByRole('alert').filter({ hasText: 'too large' })).toBeVisible();
  await expect(page).toHaveURL(/data=0:0,0\.5:1,1:0$/);
});

// Links: what is wrong, the notice that must name it, and what must still apply.
const many = Array.from({ length: 10000 }, (_, i) => `${i}:${i % 7}`).join(',');
const LINK_CASES: [string, string, RegExp][] = [
  ['letters', '#lr=abc&b3=1', /Ignored lr/],
  ['empty data', '#data=&b3=1', /Ignored data.*at least 1 point/],
  ['10,000 points pasted', `#data=${many}&b3=1`, /Ignored data.*at most 200/],
  ['a repeated field', '#b3=1&b3=2', /second b3/],
  ['a truncated link', '#b3=1&lr=0.', /Ignored lr/],
  ['negative epochs', '#scenario=linreg&epochs=-3&w=1', /Ignored epochs/],
  ['a huge iteration count', '#iter=1e12&b3=1', /Ignored iter/],
  ['an unknown scenario', '#scenario=rnn&b3=1', /Ignored scenario/],
  ['starting value of 1e308', '#b3=1e308&lr=0.2', /Ignored b3/],
];

for (const [name, hash, notice] of LINK_CASES) {
  test(`a link with ${name} names it and applies the rest`, async ({ page }) => {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('alert').filter({ hasText: notice })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('Ready');
    await expectNothingNonFinite(page);
  });
}

test('data that is valid but unusual: one point, all x equal, duplicates', async ({ page }) => {
  for (const data of ['5:2', '1:1,1:2,1:3', '1:1,1:1,2:2']) {
    await page.goto('about:blank');
    await page.goto(`./#scenario=linreg&data=${data}&epochs=50`);
    await page.getByRole('button', { name: 'Train to end' }).click();
    await expect(page.getByRole('status')).toContainText('Finished');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNothingNonFinite(page);
  }
});

// Tables the import dialog refuses: the file, and the refusal that must name why. Each leaves the
// current data (and the link) as it was.
const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => `${i % 1000},${i % 7}`).join('\n');
const BAD_TABLES: [string, string, () => Buffer | 'thirty-megabytes', string][] = [
  [
    'no numeric column',
    'names.csv',
    () => Buffer.from('name,city\nAnn,Paris\nBob,Rome\n'),
    'No column holds numbers: a point needs two, x and y.',
  ],
  ['one row', 'one.csv', () => Buffer.from('x,y\n1,2\n'), 'The text has only 1 point: this scenario needs at least 2.'],
  [
    '100,001 rows',
    'rows.csv',
    () => Buffer.from(`x,y\n${rowsOf(100_001)}\n`),
    'line 100002: more than 100,000 points: the data can have at most 100,000.',
  ],
  ['a 30 MB file', 'huge.csv', () => 'thirty-megabytes', 'huge.csv is 30.0 MB: files up to 20 MB can be opened.'],
  [
    'a binary file',
    'photo.csv',
    () =>
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), Buffer.alloc(200_000, 7)]),
    'photo.csv is not a text file: save the sheet as CSV first.',
  ],
  [
    'a file not in UTF-8',
    'latin1.csv',
    () => Buffer.from([0x78, 0x2c, 0x79, 0x0a, 0x31, 0x2c, 0xe9]),
    'latin1.csv is not UTF-8 text',
  ],
  [
    'mixed separators',
    'mixed.csv',
    () => Buffer.from('a,b,c\n1,2,3\n4;5;6\n7,8,9\n'),
    'line 3: this row has 1 cell and a semicolon in it, while line 1 has 3 separated by commas: use one separator in the whole file.',
  ],
];

for (const [name, file, bytes, message] of BAD_TABLES) {
  test(`an imported table with ${name} is refused, naming why, and the data is kept`, async ({ page }, testInfo) => {
    await page.goto('./#scenario=linreg&iter=2');
    await expect.poll(() => historyRows(page).then((r) => r.length)).toBe(2);
    const before = page.url();
    await page.getByRole('button', { name: 'Import data', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    const content = bytes();
    const picker = dialog.getByLabel('Open a CSV file');
    if (content === 'thirty-megabytes') {
      // From a file on disk: Playwright hands the browser its path rather than 30 MB of bytes.
      const path = testInfo.outputPath(file);
      writeFileSync(path, Buffer.alloc(30 * 1024 * 1024, '1,2\n'));
      await picker.setInputFiles(path);
    } else await picker.setInputFiles({ name: file, mimeType: 'text/csv', buffer: content });
    await expect(dialog.getByRole('alert')).toContainText(message);
    await expect(dialog.getByRole('alert')).toContainText('The current data is unchanged.');
    await expect(dialog.getByRole('button', { name: 'Use this data' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(page.url()).toBe(before);
    expect(await historyRows(page)).toHaveLength(2);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
    await expectNothingNonFinite(page);
  });
}
