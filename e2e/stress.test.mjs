// End-to-end stress test (issue 6, item 4): a plan of 1,000 workspace profiles over 50 zones
// with 10 million peak sessions opens from its plan link, shows the right figures, and stays
// usable while it is edited; the longest task of each phase is printed against the 200 ms
// budget (a figure, as `scripts/bench.sh` prints it, not a timed assertion).
//
// Long tasks are recorded by a PerformanceObserver installed before the app starts, for each
// phase: navigation until the results are shown, each edit until every figure has followed
// (and the address bar has been written), drawing more profile editors, and scrolling through
// the results. The longest task of every phase is printed, so CI logs carry the figures.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeAndCheck, eventually, newRecordedPage, useServedBuild } from './support/browser.mjs';
import { SizerPage } from './support/sizer-page.mjs';
import {
  PROFILES_PER_ZONE,
  SESSIONS_PER_PROFILE,
  ZONES,
  expectedCounts,
  stressPlan,
  stressQuery,
} from './support/stress-plan.mjs';

/** Issue 6: no long task over this many milliseconds. */
const LIMIT_MS = 200;

// Runs in the page before any of its scripts: every long task, and the moment the total
// server count first shows a figure (the results are on screen).
const RECORDER = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    const el = document.querySelector('[data-testid="total-servers"]');
    if (el && el.textContent.trim() !== '') {
      window.__resultsShownAt = performance.now();
      watch.disconnect();
    }
  };
  const watch = new MutationObserver(seen);
  watch.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const suite = useServedBuild();
let session;
let sizer;
let page;
/** Longest task and number of long tasks per phase, for the limit test and the log. */
const phases = [];

/** The page's clock. */
const now = () => page.evaluate(() => performance.now());

/** Long tasks that started in [from, to) on the page's clock. */
async function longTasks(from, to = Infinity) {
  const all = await page.evaluate(() => window.__longTasks);
  return all.filter((t) => t.start >= from && t.start < to);
}

/** Record a phase's long tasks and print its longest one. */
function record(name, tasks) {
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  phases.push({ name, longest, count: tasks.length });
  console.log(`stress: ${name}: longest task ${longest.toFixed(0)} ms (${tasks.length} long tasks over 50 ms)`);
}

/** Let the work an action started finish: two frames, then past the 250 ms address-bar delay. */
async function settle() {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(400);
}

/** Each figure on the page, as a whole number. */
async function shownCounts() {
  return {
    web: await sizer.count('webapp-servers'),
    agents: await sizer.count('agent-servers'),
    proxies: await sizer.count('proxy-servers'),
    total: await sizer.count('total-servers'),
  };
}

/** Wait until the page shows `expected` servers in all (the last figure computed). */
async function waitForTotal(expected) {
  await sizer.waitForFigure('total-servers', (t) => Number(t.replace(/\D/g, '')) === expected, 20000);
}

const pick = ({ web, agents, proxies, total }) => ({ web, agents, proxies, total });

describe(`stress: 1,000 workspaces over 50 zones, 10 million sessions, served at ${process.env.E2E_BASE || '/'}`, () => {
  before(async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin);
    page = session.page;
    await page.addInitScript(RECORDER);
    sizer = new SizerPage(page, `${suite.server.url}?${stressQuery()}`);
    await page.goto(sizer.url);
    await waitForTotal(expectedCounts(stressPlan()).total);
    const shownAt = await page.evaluate(() => window.__resultsShownAt);
    assert.ok(shownAt > 0, 'the recorder saw the results appear');
    record('navigation to results', await longTasks(0, shownAt));
    console.log(`stress: results shown ${shownAt.toFixed(0)} ms after navigation`);
  });

  after(async () => {
    if (session) await closeAndCheck(session);
  });

  test('the link opens in full: 50 zones and 1,000 workspaces, nothing ignored', async () => {
    assert.equal(await page.getByTestId('link-notice').count(), 0, 'no part of the link was ignored');
    assert.equal(await page.locator('fieldset.zone').count(), ZONES);
    // A big plan draws its first zone's editors; each other zone offers its profiles on request.
    assert.ok(await page.getByTestId('profile-0-19').isVisible(), 'the first zone is drawn in full');
    assert.match(await page.getByTestId('shown-profiles-1').textContent(), /0 of 20 workspace profiles shown/);
    const peak = Number((await sizer.peakSessions.inputValue()).replace(/\D/g, ''));
    assert.equal(peak, ZONES * PROFILES_PER_ZONE * SESSIONS_PER_PROFILE, 'the peak total is 10 million');
  });

  test('the figures follow the rules, and the page shows what the engine computes', async () => {
    // Worked out from the rules (WEB-1, WEB-4, WEB-5, AG-1, AG-2, AG-8, CP-1, CP-4, CP-7,
    // DB-3, DB-5) in support/stress-plan.mjs, independently of the engine.
    const expected = expectedCounts(stressPlan());
    assert.deepEqual(pick(expected), { web: 66_750, agents: 1_081_350, proxies: 156_300, total: 1_304_402 });
    const report = await page.evaluate((plan) => window.wasmBindings.size(plan), stressPlan());
    assert.equal(report.error, undefined, JSON.stringify(report.errors));
    assert.equal(report.peak_sessions, 10_000_000);
    assert.deepEqual(
      {
        web: report.web_app.total,
        agents: report.agents.total,
        proxies: report.proxies.total,
        total: report.totals.servers,
      },
      pick(expected),
      'the engine agrees with the rules',
    );
    assert.equal(report.database.total, expected.database);
    assert.deepEqual(await shownCounts(), pick(expected), 'the page shows the same figures');
  });

  test('typing a new peak total and one workspace\'s sessions updates every figure', async () => {
    // The peak total is shared out in proportion: 9,000,000 over 1,000 equal workspaces.
    let from = await now();
    await sizer.typePeakSessions('9000000');
    let expected = expectedCounts(stressPlan(9_000));
    await waitForTotal(expected.total);
    await settle();
    record('typing 9000000 into Peak concurrent sessions', await longTasks(from));
    assert.deepEqual(await shownCounts(), pick(expected));
    // The growth curve of a big plan is computed in a task of its own, and follows too.
    await eventually(async () => /today 9,000,000/.test(await page.getByTestId('chart-growth').textContent()), {
      what: 'the growth chart to follow the new peak',
    });
    assert.equal(await page.getByTestId('input-zones-49-profiles-0-sessions').count(), 0, 'zone 50 stays closed');

    // One workspace of the first zone down to 5,000 sessions.
    const sessions = page.getByTestId('input-zones-0-profiles-0-sessions');
    assert.equal(await sessions.inputValue(), '9000');
    from = await now();
    await sessions.click();
    await sessions.press('ControlOrMeta+a');
    await sessions.pressSequentially('5000');
    const plan = stressPlan(9_000);
    plan.zones[0].profiles[0].sessions = 5_000;
    expected = expectedCounts(plan);
    await waitForTotal(expected.total);
    await settle();
    record('typing 5000 into one workspace\'s sessions', await longTasks(from));
    assert.deepEqual(await shownCounts(), pick(expected));
    assert.equal(await sizer.fieldErrors.count(), 0);
    assert.equal(await sizer.staleNotice.isVisible(), false);
    // The address bar follows, so the edited plan reopens from its link.
    await eventually(async () => page.url().includes('p=Z0~W0~5000~'), { what: 'the link to follow the edit' });
  });

  test('the page stays usable: keyboard, more workspaces and settings on request, scrolling', async () => {
    // Tab moves on from a workspace field to the next one.
    await page.getByTestId('input-zones-0-profiles-0-sessions').focus();
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.dataset.testid),
      'input-zones-0-profiles-0-cpu-cores',
    );

    // A closed zone's workspaces open from the keyboard, and focus goes to the first of them.
    const show = page.getByTestId('show-profiles-1');
    await show.focus();
    const from = await now();
    await page.keyboard.press('Enter');
    const last = page.getByTestId('input-zones-1-profiles-19-sessions');
    await last.waitFor({ state: 'visible' });
    await eventually(
      async () => (await page.evaluate(() => document.activeElement?.dataset.testid)) === 'input-zones-1-profiles-0-name',
      { what: 'focus on the first workspace drawn' },
    );
    await settle();
    record('showing 20 more workspace editors', await longTasks(from));
    assert.equal(await last.inputValue(), '9000');

    // The Agents card lists its first settings; the next 100 come from the keyboard too.
    const report = await page.evaluate((plan) => window.wasmBindings.size(plan), stressPlan(9_000));
    const settings = report.agents.settings.length;
    assert.ok(settings > 2_000, `a setting or more per workspace (${settings})`);
    const rows = page.locator('#role-agent li.setting');
    assert.equal(await rows.count(), 50);
    assert.equal(
      await page.getByTestId('shown-settings-agent').textContent(),
      `50 of ${settings.toLocaleString('en-US')} settings shown; the JSON export holds all of them.`,
    );
    await page.getByTestId('show-settings-agent').focus();
    const moreFrom = await now();
    await page.keyboard.press('Enter');
    await eventually(async () => (await rows.count()) === 150, { what: '100 more settings rows' });
    await settle();
    record('showing 100 more settings', await longTasks(moreFrom));

    // Scrolling down through every result card (they are laid out as they come into view).
    const scrollFrom = await now();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 2000) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    }
    await settle();
    record('scrolling to the bottom', await longTasks(scrollFrom));
    assert.ok(await page.getByTestId('chart-growth').isVisible(), 'the charts at the bottom are drawn');
  });

  // The 200 ms limit is a budget a person feels, printed here and by `scripts/bench.sh`
  // (issue 13: benchmarks print figures; a timed assertion on this shared 2-core machine
  // fails on its load, not on the page). What this test holds is that every phase ran and
  // was measured, so the figures in the CI log are complete.
  test('every phase is measured and its longest task printed against the 200 ms budget', () => {
    assert.equal(phases.length, 6, 'opening, two edits, more editors, more settings, scrolling');
    for (const p of phases) {
      assert.ok(Number.isFinite(p.longest) && p.longest >= 0, `${p.name}: ${p.longest}`);
      console.log(
        `stress budget: ${p.name}: longest task ${p.longest.toFixed(0)} ms, ${p.longest > LIMIT_MS ? 'OVER' : 'within'} ${LIMIT_MS} ms`,
      );
    }
  });
});
