// Accessibility (issue 6): axe-core finds zero violations on the default page
// (light and dark), with a field error showing, with warnings, in the compare view, on a
// big plan drawn in parts, in issue 15's states (single server, named users, override
// advice), issue 16's (autoscaling, instance types, partial costs) and with a rule chip's
// note open over the Rules view (issue 17); and a whole sizing can be done with the
// keyboard alone.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { closeAndCheck, newRecordedPage, useServedBuild } from './support/browser.mjs';
import { SizerPage } from './support/sizer-page.mjs';
import { stressQuery } from './support/stress-plan.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core in the page; resolves to its violations, one line per element. */
async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE); // evaluated by the driver, so the page's CSP is untouched
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  // One line per failing element, so a failure says exactly what to fix.
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} | ${n.any[0]?.message ?? v.help}`),
  );
}

const suite = useServedBuild();
let session;
afterEach(() => closeAndCheck(session));

describe('accessibility', () => {
  for (const scheme of ['light', 'dark']) {
    test(`axe: no violations on the default page (${scheme} mode)`, async () => {
      session = await newRecordedPage(suite.browser, suite.server.origin, { colorScheme: scheme });
      const sizer = await new SizerPage(session.page, suite.server.url).open();
      assert.equal(
        await session.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
        scheme === 'dark',
      );
      assert.equal(await sizer.count('webapp-servers'), 3);
      // Every card laid out once: a card still skipped by content-visibility puts its
      // content over the next card, and axe would read the wrong background (issue 14:
      // "4.44, #e6ebf1 on #6b6b6b" was a chart tick laid over the compare card).
      await sizer.renderEveryCard();
      assert.deepEqual(await axeViolations(session.page), []);
    });

    test(`axe: no violations with every scenario status, stacked tables and a repaired link at 360 px (${scheme} mode)`, async () => {
      session = await newRecordedPage(suite.browser, suite.server.origin, {
        colorScheme: scheme,
        viewport: { width: 360, height: 800 },
      });
      const query = 'v=2&p=Paris~Office~300~2~4~0~5~container&p=Berlin~Jump%20hosts~25~2~4~0~0~server&arch=d2a&agent_mode=autoscale&host=bad%20host!';
      const sizer = await new SizerPage(session.page, `${suite.server.url}?${query}`).open();
      await session.page.getByTestId('link-notice').waitFor();
      await sizer.renderEveryCard();
      assert.deepEqual(await axeViolations(session.page), []);
    });
  }

  test('axe: no violations while a field shows an error', async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin);
    const sizer = await new SizerPage(session.page, suite.server.url).open();
    await sizer.typePeakSessions('-5');
    await sizer.fieldErrors.first().waitFor({ state: 'visible' });
    assert.deepEqual(await axeViolations(session.page), []);
  });

  test('axe: no violations with warnings showing and in the compare view', async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin);
    const sizer = await new SizerPage(session.page, suite.server.url).open();
    const { page } = session;
    await sizer.typePeakSessions('5000');
    await sizer.waitForFigure('webapp-servers', (t) => /^\D*35\b/.test(t));
    assert.ok((await page.locator('.warn-item').count()) > 0, 'this plan shows warnings');
    await page.getByTestId('compare-pin').click();
    await sizer.typePeakSessions('1000');
    await page.getByTestId('compare-table').waitFor({ state: 'visible' });
    assert.deepEqual(await axeViolations(page), []);
  });

  test('axe: no violations on a big plan with folded workspaces and long lists in parts', async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin);
    const { page } = session;
    const sizer = new SizerPage(page, `${suite.server.url}?${stressQuery()}`);
    await page.goto(sizer.url);
    await sizer.waitForFigure('total-servers', (t) => /\d/.test(t), 20000);
    // The "N of M shown" lines and their buttons are on the page.
    await page.getByTestId('show-profiles-1').waitFor({ state: 'visible' });
    await page.getByTestId('show-settings-agent').waitFor({ state: 'attached' });
    await page.getByTestId('show-why-agent').waitFor({ state: 'attached' });
    assert.deepEqual(await axeViolations(page), []);
  });

  // Issue 15: a single server that does not fit (with the distributed plan offered), named
  // users beside the total, the override advice, and the note once it is applied.
  for (const scheme of ['light', 'dark']) {
    test(`axe: no violations with a single server, named users and override advice (${scheme} mode)`, async () => {
      session = await newRecordedPage(suite.browser, suite.server.origin, { colorScheme: scheme });
      const { page } = session;
      await page.goto(`${suite.server.url}?v=2&users=200&concurrency=20&deploy=single&agent_cpu=32&agent_ram=192`);
      await page.getByTestId('single-to-distributed').waitFor({ state: 'visible' });
      await page.getByTestId('apply-override').waitFor({ state: 'visible' });
      assert.deepEqual(await axeViolations(page), []);
      await page.getByTestId('apply-override').click();
      await page.getByTestId('advice-undo').waitFor({ state: 'visible' });
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  // Issue 16: the school of kasmtech/workspaces-issues #591 (autoscaling t3.medium agents,
  // prices for the agents only) shows the AutoScale inputs and card, the cloud pickers, the
  // instance types card and a partial cost total.
  const SCHOOL =
    'v=2&sessions=30&ram=2.7&agent_mode=autoscale&baseline=20&busy=mon-fri:8-16&cloud=aws&agent_type=t3.medium&cost_agent_hourly=0.0416&currency=USD';
  for (const scheme of ['light', 'dark']) {
    test(`axe: no violations with autoscaling, instance types and a partial cost (${scheme} mode)`, async () => {
      session = await newRecordedPage(suite.browser, suite.server.origin, { colorScheme: scheme });
      const { page } = session;
      const sizer = await new SizerPage(page, `${suite.server.url}?${SCHOOL}`).open();
      await page.getByTestId('autoscale-peak-instances').waitFor();
      await page.getByTestId('schedule-editor').waitFor();
      await page.getByTestId('cost-partial').waitFor();
      await page.getByTestId('type-vendor-webapp').waitFor();
      // Every card laid out once, as on the default page (content-visibility).
      await sizer.renderEveryCard();
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  test('axe: no violations with a named-user workspace among several, its total read-only', async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin);
    const sizer = new SizerPage(session.page, `${suite.server.url}?v=2&p=Default~Desktop~200~2~4~0~5~container&p=Default~Lab~0~2~4~0~5~container~300~70~2`);
    await sizer.open();
    await session.page.getByTestId('named-users-0-1').waitFor({ state: 'visible' });
    assert.equal(await sizer.peakSessions.inputValue(), '620');
    assert.deepEqual(await axeViolations(session.page), []);
  });

  test('axe: no violations with an OCI Flex shape, a half-typed schedule day and a price conflict', async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin);
    const { page } = session;
    const sizer = await new SizerPage(page, `${suite.server.url}?${SCHOOL}`).open();
    await sizer.renderEveryCard();
    await page.getByTestId('input-cloud-provider').selectOption('oci');
    await page.getByTestId('input-cloud-agent-type').selectOption('E4.Flex');
    await page.getByTestId('input-cloud-agent-ocpus').waitFor();
    // A monthly price beside the hourly one: the engine refuses the pair.
    await page.getByTestId('input-costs-agent').fill('30');
    await page.locator('[data-testid^="error-costs-"]').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    // A day with a start and no end: the draft names the missing hour.
    await page.getByTestId('input-costs-agent').fill('');
    await page.getByTestId('input-agents-autoscale-schedule-5-start-hour').fill('9');
    await page.getByTestId('error-agents-autoscale-schedule-5-end-hour').waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });

  for (const scheme of ['light', 'dark']) {
    test(`axe: no violations with a rule chip's note open and the Rules view (${scheme} mode)`, async () => {
      session = await newRecordedPage(suite.browser, suite.server.origin, { colorScheme: scheme });
      const { page } = session;
      // Every card laid out first (content-visibility, see the default page's case).
      await (await new SizerPage(page, suite.server.url).open()).renderEveryCard();
      await page.getByTestId('rules-view').scrollIntoViewIfNeeded();
      // Issue 17: a chip's note, open from the keyboard, over the page.
      await page.locator('#role-webapp a.rule', { hasText: /^WEB-4$/ }).first().focus();
      await page.getByTestId('rule-note').waitFor({ state: 'visible' });
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  test("axe: no violations on a 390 px phone with a tapped rule chip's note docked", async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const { page } = session;
    await (await new SizerPage(page, suite.server.url).open()).renderEveryCard();
    const chip = page.locator('#role-webapp a.rule', { hasText: /^WEB-4$/ }).first();
    await chip.scrollIntoViewIfNeeded();
    await chip.tap();
    await page.getByTestId('rule-note').waitFor({ state: 'visible' });
    assert.deepEqual(await axeViolations(page), []);
  });

  test('a whole sizing with the keyboard alone: tab to the field, type, read the result', async () => {
    session = await newRecordedPage(suite.browser, suite.server.origin);
    const sizer = await new SizerPage(session.page, suite.server.url).open();
    const { page } = session;
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await sizer.peakSessions.evaluate((el) => el === document.activeElement);
    }
    assert.ok(reached, 'Tab reaches Peak concurrent sessions');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1000');
    await page.keyboard.press('Enter');
    await sizer.waitForFigure('webapp-servers', (t) => /^\D*8\b/.test(t));
    assert.equal(await sizer.count('webapp-servers'), Math.ceil(1000 / 150) + 1);
    assert.equal(await page.evaluate(() => location.pathname.endsWith('/') || !location.pathname.includes('.')), true);
  });
});
