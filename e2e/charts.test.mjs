// End-to-end tests of the charts and the compare view (issue 5), on the release build in
// Debian Chromium: charts render and follow an edit, compare shows A and B with the changed
// figures highlighted, and a shared compare link reopens both plans.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeAndCheck, eventually, newRecordedPage, useServedBuild } from './support/browser.mjs';
import { SizerPage } from './support/sizer-page.mjs';

const suite = useServedBuild();
let session;
let sizer;

beforeEach(async () => {
  session = await newRecordedPage(suite.browser, suite.server.origin);
  sizer = new SizerPage(session.page, suite.server.url);
});

afterEach(() => closeAndCheck(session));

/** The session counts of the growth chart's step markers for one role. */
async function steps(page, role) {
  return page
    .getByTestId('chart-growth')
    .locator(`circle[data-role="${role}"]`)
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-step-sessions'))));
}

/** Pin the current plan as A, then switch B to Direct-to-Agent. */
async function pinThenGoDirect(page) {
  await page.getByTestId('compare-pin').click();
  await page.getByTestId('compare-table').waitFor();
  await page.getByTestId('input-web-app-architecture').selectOption('direct_to_agent');
  await eventually(async () => (await page.getByTestId('compare-b-webapp-servers').textContent()) === '2', {
    what: 'B to show 2 web app servers',
  });
}

describe(`charts and compare served at ${process.env.E2E_BASE || '/'}`, () => {
  test('the three charts render from the default plan and follow an edit', async () => {
    await sizer.open();
    const { page } = session;
    // DEP-3 / WEB-4: 3 web app servers: 450, 300, 150 (short), maintenance 150 (short).
    const redundancy = page.getByTestId('chart-redundancy-webapp');
    assert.equal(await redundancy.getByTestId('bar').count(), 4);
    assert.equal(await redundancy.locator('[data-short="true"]').count(), 2);
    assert.equal(await redundancy.locator('svg[role="img"]').count(), 1);
    // WEB-1: one more web app server past each multiple of 150.
    assert.deepEqual(await steps(page, 'webapp'), [151, 301, 451]);
    assert.ok(await page.getByTestId('chart-packing').isVisible());

    await sizer.typePeakSessions('1000');
    await eventually(async () => (await steps(page, 'webapp')).includes(1051), {
      what: 'a growth step at 1,051 sessions',
    });
    assert.match(await page.getByTestId('chart-growth').textContent(), /today 1,000/);
  });

  test('compare shows A and B side by side with the changed figures highlighted', async () => {
    await sizer.open();
    const { page } = session;
    await pinThenGoDirect(page);
    const diff = page.getByTestId('compare-diff');
    const keys = await diff.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    assert.ok(keys.includes('architecture'), keys.join());
    assert.ok(keys.includes('webapp-servers'), keys.join());
    assert.ok(!keys.includes('agent-servers'), 'agents do not change with the web app architecture');
    assert.equal((await page.getByTestId('compare-a-architecture').textContent()).trim(), 'Standard');
    assert.equal((await page.getByTestId('compare-b-architecture').textContent()).trim(), 'Direct-to-Agent');
    assert.equal((await page.getByTestId('compare-a-webapp-servers').textContent()).trim(), '3');
    // Highlighted: the row carries the diff class and a different background from a plain row.
    const row = page.locator('[data-testid="compare-diff"][data-key="webapp-servers"]');
    assert.match(await row.getAttribute('class'), /\bdiff\b/);
    const bg = (loc) => loc.locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor);
    const plain = page.locator('[data-testid="compare-row"][data-key="agent-servers"]');
    assert.notEqual(await bg(row), await bg(plain));

    await page.getByTestId('compare-unpin').click();
    await page.getByTestId('compare-table').waitFor({ state: 'detached' });
  });

  test('a shared compare link reopens both plans', async () => {
    await sizer.open();
    const { page } = session;
    await pinThenGoDirect(page);
    const link = await eventually(
      async () => {
        const url = page.url();
        return /[?&]a\./.test(url) && url;
      },
      { what: 'the pinned plan in the address bar' },
    );

    const other = await newRecordedPage(suite.browser, suite.server.origin);
    try {
      await new SizerPage(other.page, link).open();
      const p = other.page;
      await p.getByTestId('compare-table').waitFor();
      assert.equal((await p.getByTestId('compare-a-architecture').textContent()).trim(), 'Standard');
      assert.equal((await p.getByTestId('compare-b-architecture').textContent()).trim(), 'Direct-to-Agent');
      assert.equal((await p.getByTestId('compare-a-webapp-servers').textContent()).trim(), '3');
      assert.equal((await p.getByTestId('compare-b-webapp-servers').textContent()).trim(), '2');
      assert.ok((await p.getByTestId('compare-diff').count()) >= 2);
      assert.equal(await p.getByTestId('webapp-servers').textContent().then((t) => t.trim()), '2');
      assert.deepEqual(other.log.pageErrors, []);
      assert.deepEqual(other.log.consoleErrors, []);
      assert.deepEqual(other.log.foreignRequests, []);
    } finally {
      await other.context.close();
    }
  });
});
