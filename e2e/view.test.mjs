// End-to-end regression tests of the Leptos view layer (issue 13): state the browser keeps
// (an open "Why these numbers?", a copy button's "Copied", keyboard focus) stays where the
// person left it while the results change, and the recovery box's link holds the plan typed
// just before a panic.
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

afterEach(async () => {
  if (session) await closeAndCheck(session);
  session = null;
});

/** The card of a role (`db`, `agent`, ...) and its "why" details element. */
function why(page, key) {
  return page.locator(`#role-${key} details.why`);
}

describe('the view layer keeps what the browser holds', () => {
  test('an open "Why these numbers?" stays open when a warning appears or goes (database, logging)', async () => {
    await sizer.open();
    const details = why(session.page, 'db');
    await details.locator('summary').click();
    assert.equal(await details.evaluate((d) => d.open), true);
    const warnings = session.page.locator('#role-db .warnings li');
    const before = await warnings.count();
    await session.page.getByTestId('input-database-logging').selectOption('siem');
    // DB-4: with logs in a SIEM the log-volume warning goes.
    await eventually(async () => (await warnings.count()) !== before, { what: 'the DB-4 warning to change' });
    assert.equal(await details.evaluate((d) => d.open), true, 'still open after the warning went');
  });

  test('an open "Why these numbers?" stays open while typing passes through other warnings', async () => {
    await sizer.open();
    const details = why(session.page, 'agent');
    await details.locator('summary').click();
    await session.page.getByTestId('input-agents-cpu-override-kind').selectOption('ratio');
    await session.page.getByTestId('input-agents-cpu-override').fill('4');
    await sizer.typePeakSessions('250');
    await sizer.waitForFigure('webapp-servers', '3');
    assert.equal(await details.evaluate((d) => d.open), true, 'agents: still open');
    const web = why(session.page, 'webapp');
    await web.locator('summary').click();
    await sizer.typePeakSessions('25');
    await sizer.typePeakSessions('2500');
    await sizer.waitForFigure('webapp-servers', (t) => t !== '3');
    assert.equal(await web.evaluate((d) => d.open), true, 'web app: still open');
  });

  test('"Copied" stays on the setting that was copied when the list above it changes', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
    await sizer.open();
    const rows = session.page.locator('#role-agent li.setting');
    const name = (await rows.nth(0).locator('.setting-name').textContent()).trim();
    await rows.nth(0).getByRole('button').click();
    const copied = rows.filter({ hasText: name }).first().getByRole('button');
    await eventually(async () => (await copied.textContent()).trim() === 'Copied', { what: 'Copied' });
    // A disk limit adds an AG-6 setting to the agent list; the copied row keeps its word.
    await session.page.getByTestId('input-agents-disk-limit-gb').fill('10');
    await eventually(async () => (await rows.count()) > 1, { what: 'more agent settings' });
    const labels = await rows.evaluateAll((lis) =>
      lis.map((li) => [li.querySelector('.setting-name').textContent.trim(), li.querySelector('button').textContent.trim()]),
    );
    const said = labels.filter(([, label]) => label !== 'Copy');
    assert.deepEqual(said, [[name, 'Copied']], JSON.stringify(labels));
  });

  test('a loaded plan sets every box and checkbox, even one typed over or ticked by hand', async () => {
    await sizer.open();
    const recorded = session.page.getByTestId('input-zones-0-profiles-0-recording');
    await recorded.check();
    await session.page.getByTestId('input-agents-cpus').fill('48');
    await session.page.getByTestId('reset-plan').click();
    await eventually(async () => !(await recorded.isChecked()), { what: 'the checkbox to clear' });
    assert.equal(await session.page.getByTestId('input-agents-cpus').inputValue(), '16');
  });
});

describe('keyboard focus after an edit', () => {
  test('Enter on "+ Add workspace profile" starts the new profile; removing one moves to its neighbour', async () => {
    await sizer.open();
    await session.page.getByTestId('add-profile-0').focus();
    await session.page.keyboard.press('Enter');
    const name = session.page.getByTestId('input-zones-0-profiles-1-name');
    await eventually(async () => name.evaluate((el) => el === document.activeElement), {
      what: 'focus on the new profile name',
    });
    await session.page.getByTestId('remove-profile-0-1').focus();
    await session.page.keyboard.press('Enter');
    const first = session.page.getByTestId('input-zones-0-profiles-0-name');
    await eventually(async () => first.evaluate((el) => el === document.activeElement), {
      what: 'focus on the remaining profile',
    });
    assert.notEqual(await session.page.evaluate(() => document.activeElement.tagName), 'BODY');
  });

  test('Enter on "+ Add zone" starts the new zone; removing it moves to the zone before', async () => {
    await sizer.open();
    await session.page.getByTestId('add-zone').focus();
    await session.page.keyboard.press('Enter');
    const zone = session.page.getByTestId('input-zones-1-name');
    await eventually(async () => zone.evaluate((el) => el === document.activeElement), { what: 'focus on zone 2' });
    await session.page.getByTestId('remove-zone-1').focus();
    await session.page.keyboard.press('Enter');
    const first = session.page.getByTestId('input-zones-0-name');
    await eventually(async () => first.evaluate((el) => el === document.activeElement), { what: 'focus on zone 1' });
  });

  test('the hidden share-link field is never a Tab stop', async () => {
    await sizer.open();
    await session.page.locator('body').focus();
    const stops = [];
    for (let i = 0; i < 12; i += 1) {
      await session.page.keyboard.press('Tab');
      stops.push(await session.page.evaluate(() => document.activeElement.getAttribute('data-testid') || document.activeElement.tagName));
    }
    assert.ok(!stops.includes('share-url'), stops.join(', '));
  });
});

describe('panic recovery keeps the plan just typed', () => {
  test('a panic right after typing puts the new plan in the address bar before the box says so', async () => {
    await sizer.open();
    await sizer.typePeakSessions('1000');
    await sizer.waitForFigure('webapp-servers', '8');
    // At once: the address bar is only written once typing pauses for 250 ms.
    await session.page.evaluate(() => {
      try {
        window.wasmBindings.simulatePanic();
      } catch {
        /* the trap reaches JavaScript */
      }
    });
    const reload = session.page.getByTestId('panic-reload');
    await reload.waitFor();
    assert.match(await reload.getAttribute('href'), /sessions=1000/);
    assert.match(session.page.url(), /sessions=1000/);
    // The panic is the only thing that went wrong.
    await session.context.close();
    assert.deepEqual(session.log.pageErrors, []);
    assert.ok(session.log.consoleErrors.every((e) => /simulated panic|unreachable|RuntimeError/.test(e)), session.log.consoleErrors.join('\n'));
    session = null;
  });
});
