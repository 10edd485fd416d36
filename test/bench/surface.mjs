// npm run bench rows for the loss-surface lab (issue 26): a Step with Adam's state on screen, and
// a race on the map while the main run plays. Called from chromium.mjs with its browser context
// and its timing helpers, so the figures compare with the bias Step's and its baseline.

const ms = (v) => Number(v.toFixed(2));

/** Frames painted and script time while `during` plays, over `seconds`. */
async function framesWhile(page, cdp, seconds) {
  const metric = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  const frames = await page.evaluate(
    (seconds) =>
      new Promise((resolve) => {
        let count = 0;
        let longest = 0;
        let last = performance.now();
        const start = last;
        const tick = (now) => {
          count++;
          longest = Math.max(longest, now - last);
          last = now;
          if (now - start < seconds * 1000) requestAnimationFrame(tick);
          else resolve({ count, longest, seconds: (now - start) / 1000 });
        };
        requestAnimationFrame(tick);
      }),
    seconds,
  );
  const after = await metric();
  return { ...frames, script: ((after.ScriptDuration - before.ScriptDuration) * 1000) / frames.count };
}

export async function surfaceFigures({ context, base, add, baseClickP95, timeEvents, summarise }) {
  // Step on Rosenbrock with Adam at 0.001 (every one of 220 clicks still steps): the map's path
  // and arrow, f per iteration, the optimizer state's table and the history move.
  const page = await context.newPage();
  await page.goto(`${base}#scenario=surface&fn=rosenbrock&x0=-1.5&y0=2&lr=0.001&opt=adam&noise=0&seed=1&iter=0`);
  await page.getByRole('group', { name: /^Loss surface/ }).waitFor();
  const step = summarise(await timeEvents(page, 'button.primary', 'click'));
  const ratio = step.p95 / baseClickP95;
  add('surface Step click (Adam, Rosenbrock): work p95', ms(step.p95), 'ms', 'reported', true);
  add(
    'surface Step click: p95 ratio to baseline',
    Number(ratio.toFixed(2)),
    'x',
    '<= 15x',
    ratio <= 15,
    `baseline p95 ${ms(baseClickP95)} ms`,
  );
  add('surface Step click: next painted frame p95', ms(step.paintP95), 'ms', '<= 17.5 ms', step.paintP95 <= 17.5);
  await page.close();

  // Five paths on one map: a race of four lanes (the most a race takes) playing at 60 steps/s
  // while the main run plays at 60 steps/s too.
  const racePage = await context.newPage();
  const cdp = await context.newCDPSession(racePage);
  await cdp.send('Performance.enable');
  await racePage.goto(
    `${base}#scenario=surface&fn=ravine&x0=-1.8&y0=0.4&lr=0.001&opt=gd&noise=0&seed=1&race=gd:0.001,momentum:0.001,nesterov:0.001,adam:0.01&iter=0`,
  );
  await racePage.getByRole('group', { name: /^Loss surface/ }).waitFor();
  await racePage.getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await racePage.getByRole('button', { name: 'Run' }).click();
  await racePage.getByRole('button', { name: 'Start race' }).click();
  const frames = await framesWhile(racePage, cdp, 5);
  const fps = frames.count / frames.seconds;
  add(
    'surface race (4 lanes + the main run, 60 steps/s): frames per second',
    Number(fps.toFixed(1)),
    'fps',
    '>= 58',
    fps >= 58,
  );
  add('surface race: script per frame', ms(frames.script), 'ms', '<= 4 ms', frames.script <= 4);
  add('surface race: longest frame', ms(frames.longest), 'ms', 'reported', true);
  await racePage.close();
}
