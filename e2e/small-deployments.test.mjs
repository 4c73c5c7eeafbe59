// End-to-end tests of issue 15 on the release build, done as a person would, with the
// keyboard alone: a school sizes 40 of its 200 students on one server (NU-1, SS-1..4), reads
// the swap (SW-1) and takes the override advice (OV-1); the link reproduces it.
// Every test also proves: no console errors, no page errors, no failed or foreign requests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, usePages, useServedBuild } from './support/browser.mjs';
import { SizerPage } from './support/sizer-page.mjs';

const suite = useServedBuild();
const pages = usePages(suite);

/** A recorded page in a context of its own. */
async function freshPage() {
  return (await pages()).page;
}

/** Press Tab until the element with `id` has focus (at most `limit` presses); the count. */
async function tabTo(page, id, limit = 400) {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return i;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Press Tab until the focused element has this data-testid. */
async function tabToTestId(page, testId, limit = 400) {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((want) => document.activeElement?.dataset?.testid === want, testId)) return i;
  }
  throw new Error(`Tab never reached [data-testid=${testId}]`);
}

/** Replace the focused box's text with `text`, typed key by key. */
async function typeHere(page, text) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

const text = async (page, testId) => ((await page.getByTestId(testId).textContent()) ?? '').trim();

/** The school's figures as the single server card shows them. */
async function schoolFigures(page) {
  return {
    held: await text(page, 'single-sessions-held'),
    fit: await text(page, 'single-fit'),
    swap: await text(page, 'swap-gb-single'),
    disk: await text(page, 'single-disk-total'),
    servers: await text(page, 'total-servers'),
  };
}

describe(`small deployments, app served at ${process.env.E2E_BASE || '/'}`, () => {
  test('a school sizes 40 of 200 students on one server with the keyboard alone, and its link reproduces it', async () => {
    const page = await freshPage();
    const started = Date.now();
    const sizer = await new SizerPage(page, suite.server.url).open();

    // One server for everything.
    await tabTo(page, 'f-deployment');
    await page.keyboard.press('ArrowDown');
    await eventually(async () => (await page.locator('#f-deployment').inputValue()) === 'single_server', {
      what: 'the single-server choice',
    });
    await page.getByTestId('single-sessions-held').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#role-webapp').count(), 0, 'no web app servers of their own');

    // 200 students, of whom 20 % are on at once: the school's anchor (NU-1).
    await tabTo(page, 'f-peak-named-users');
    await typeHere(page, '200');
    await tabToTestId(page, 'anchor-peak-concurrency-percent-20');
    await page.keyboard.press('Space');
    await eventually(async () => (await sizer.peakSessions.inputValue()) === '40', { what: 'a peak of 40' });

    // The school's server: 32 CPU / 192 GB (its hardware is the agent's).
    await tabTo(page, 'f-agents-cpus');
    await typeHere(page, '32');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-agents-ram-gb');
    await typeHere(page, '192');
    // SS-3: 32 - 2.1 = 29.9 CPU counted, 14 sessions of 2 CPU; 26 short.
    await eventually(async () => (await text(page, 'single-sessions-held')) === '14', { what: '14 of 40' });
    assert.match(await text(page, 'single-fit'), /Holds 14 of the 40/);
    assert.ok(await page.getByTestId('single-to-distributed').isVisible(), 'the distributed plan is offered');

    // OV-1: RAM is 29 % used; the CPU override that balances it holds 47.
    assert.equal(await text(page, 'advice-value'), '94');
    await tabToTestId(page, 'apply-override');
    await page.keyboard.press('Enter');
    await eventually(async () => (await text(page, 'single-sessions-held')) === '40', { what: 'all 40 held' });
    const applied = await page.evaluate(() => document.activeElement?.id);
    assert.equal(applied, 'advice-applied', 'focus stays on the card, on what was applied');
    const figures = await schoolFigures(page);
    assert.match(figures.fit, /Holds all 40 container sessions at peak \(room for 47\)/);
    // SW-1: 2 GB x 40 sessions; SS-2: 80 + 40 x 5 + 0.55 GB.
    assert.equal(figures.swap, '80 GB');
    assert.equal(figures.disk, '280.55 GB');
    assert.equal(figures.servers, '1');
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 60, `done in ${seconds} s`);

    // The link carries the whole school.
    const url = await eventually(
      async () => {
        const u = page.url();
        return /deploy=single/.test(u) && /agent_cpu_override=96\.1/.test(u) && u;
      },
      { what: 'the link to follow the plan' },
    );
    const query = new URL(url).search;
    for (const part of ['users=200', 'concurrency=20', 'deploy=single', 'agent_cpu=32', 'agent_ram=192']) {
      assert.ok(query.includes(part), `${part} in ${query}`);
    }
    const other = await freshPage();
    await other.goto(url);
    await other.getByTestId('single-sessions-held').waitFor({ state: 'visible' });
    await eventually(async () => (await text(other, 'single-sessions-held')) === '40', { what: 'the link to size' });
    assert.deepEqual(await schoolFigures(other), figures);
  });

  test('the JS API sizes the same school', async () => {
    const page = await freshPage();
    await new SizerPage(page, suite.server.url).open();
    const report = await page.evaluate(() => {
      const api = window.wasmBindings;
      const plan = api.defaultPlan();
      plan.deployment = 'single_server';
      plan.agents.cpus = 32;
      plan.agents.ram_gb = 192;
      plan.agents.cpu_override = { absolute: 96.1 };
      Object.assign(plan.zones[0].profiles[0], { named_users: 200, concurrency_percent: 20 });
      return api.size(plan);
    });
    assert.equal(report.peak_sessions, 40);
    assert.equal(report.single_server?.sessions_held, 40);
    assert.equal(report.single_server?.swap_gb, 80);
    assert.equal(report.totals.servers, 1);
  });

  test('a named-user toggle per workspace, with the anchors as suggestions, keyboard only', async () => {
    const page = await freshPage();
    await new SizerPage(page, suite.server.url).open();
    await tabToTestId(page, 'add-profile-0');
    await page.keyboard.press('Enter');
    await page.locator('#f-zones-0-profiles-1-name').waitFor({ state: 'attached' });
    await tabTo(page, 'f-zones-0-profiles-1-uses-named-users');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-zones-0-profiles-1-named-users');
    await typeHere(page, '300');
    await tabToTestId(page, 'anchor-zones-0-profiles-1-concurrency-percent-70');
    await page.keyboard.press('Space');
    // NU-1: ceil(300 x 70 %) = 210; the total adds the first workspace's 200.
    await eventually(async () => (await text(page, 'peak-from-users-0-1')) === '210', { what: '210 sessions' });
    const peak = new SizerPage(page, suite.server.url).peakSessions;
    assert.equal(await peak.inputValue(), '410');
    assert.equal(await peak.getAttribute('readonly'), '', 'the total is their sum, not typed');
    assert.match(await text(page, 'named-users-table'), /an HP VDI planning baseline/);
  });
});
