// End-to-end tests of plan links (issue 4) on the release build, in Debian Chromium:
// the URL carries the plan to a fresh browser, bad links open with a notice, injected markup
// never runs, Copy link / Reset / Restore work, and the exports download and parse.
// Every test also proves: no console errors, no page errors, no failed or foreign requests.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { closeAndCheck, eventually, newRecordedPage, useServedBuild } from './support/browser.mjs';
import { FIGURES, SizerPage } from './support/sizer-page.mjs';

const suite = useServedBuild();
let sessions;

beforeEach(() => {
  sessions = [];
});

afterEach(async () => {
  for (const session of sessions) await closeAndCheck(session);
});

/** A fresh browser context (nothing shared: no storage, no cookies) with a recorded page. */
async function freshPage(options = {}) {
  const session = await newRecordedPage(suite.browser, suite.server.origin, { acceptDownloads: true, ...options });
  sessions.push(session);
  return session;
}

/** Open `query` (without "?") on the app in `page`; resolves to the page object. */
async function openLink(page, query) {
  const sizer = new SizerPage(page, query === '' ? suite.server.url : `${suite.server.url}?${query}`);
  return sizer.open();
}

const notice = (page) => page.getByTestId('link-notice');
const input = (page, slug) => page.getByTestId(`input-${slug}`);

async function typeInto(locator, value) {
  await locator.click();
  await locator.press('ControlOrMeta+a');
  await locator.pressSequentially(value);
}

describe(`plan links, app served at ${process.env.E2E_BASE || '/'}`, () => {
  test('edits go into the URL and a fresh browser shows the same figures', async () => {
    const { page } = await freshPage();
    const sizer = await openLink(page, '');
    const historyBefore = await page.evaluate(() => history.length);
    await page.evaluate(() => { window.__samePage = true; });
    await sizer.typePeakSessions('1000');
    await input(page, 'web-app-architecture').selectOption('direct_to_agent');
    await typeInto(input(page, 'web-app-redundancy'), '2');
    const cpus = input(page, 'agents-cpus');
    await cpus.scrollIntoViewIfNeeded();
    await cpus.click();
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > 0, 'the field is further down the page');
    await cpus.press('ControlOrMeta+a');
    await cpus.pressSequentially('32');
    await eventually(async () => /sessions=1000/.test(page.url()) && /agent_cpu=32/.test(page.url()), {
      what: 'the URL to hold the edits',
    });
    const url = page.url();
    assert.match(url, /[?&]arch=d2a(&|$)/);
    assert.match(url, /[?&]web_spare=2(&|$)/);
    assert.equal(new URL(url).pathname, new URL(suite.server.url).pathname, 'the sub-path is kept');
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'no history entry per edit');
    assert.equal(await page.evaluate(() => window.__samePage), true, 'no reload');
    assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'no scroll jump');
    const figures = await sizer.figures();

    const other = await freshPage();
    const copy = await openLink(other.page, new URL(url).search.slice(1));
    assert.deepEqual(await copy.figures(), figures, 'every figure is the same');
    assert.equal(await copy.peakSessions.inputValue(), '1000');
    assert.equal(await input(other.page, 'agents-cpus').inputValue(), '32');
    assert.equal(await notice(other.page).count(), 0, 'a good link shows no notice');
    for (const id of FIGURES) assert.notEqual(figures[id], '', `${id} shows a figure`);
  });

  const BAD_LINKS = [
    ['an unknown key', 'v=1&sessions=400&colour=blue', 'colour'],
    ['a malformed value', 'v=1&sessions=12x', 'sessions'],
    ['an out-of-range value', 'v=1&agent_cpu=99999', 'agent_cpu'],
    ['a truncated list entry', 'v=1&p=Default~Desktop~300~2&p=Default~Lab~4', 'has only'],
    ['a percent-encoding error', 'v=1&sessions=500&name=%E2%28%zz', 'percent-encoding'],
    ['a duplicated key', 'v=1&sessions=100&sessions=600', 'last sessions= in the link wins'],
    ['a newer version', 'v=9&sessions=300&future_key=1', 'newer version'],
    ['garbled text', '%%%&&==&v=1&%F0%9F', 'ignored'],
  ];
  for (const [name, query, expected] of BAD_LINKS) {
    test(`a link with ${name} opens with its notice`, async () => {
      const { page } = await freshPage();
      const sizer = await openLink(page, query);
      await notice(page).waitFor({ state: 'visible', timeout: 5000 });
      assert.ok((await notice(page).textContent()).includes(expected), `notice names ${expected}`);
      for (const id of FIGURES) assert.notEqual(await sizer.text(id), '', `${id} still shows`);
      // Dismiss closes it; the URL now holds the cleaned plan.
      await notice(page).getByRole('button', { name: 'Dismiss' }).click();
      assert.equal(await notice(page).count(), 0);
    });
  }

  test('the good parts of a bad link are used', async () => {
    const { page } = await freshPage();
    const sizer = await openLink(page, 'v=1&sessions=1000&agent_cpu=banana');
    assert.equal(await sizer.peakSessions.inputValue(), '1000');
    assert.equal(await input(page, 'agents-cpus').inputValue(), '16', 'the broken part keeps its default');
    assert.equal(await sizer.count('webapp-servers'), Math.ceil(1000 / 150) + 1);
  });

  test('a link whose plan the engine refuses opens repaired, with a notice saying what changed', async () => {
    const { page } = await freshPage();
    // 64 cores per session cannot fit on the default 16-core agent (AG-1): the workspace
    // gets the default figures, the notice says so, and the results show (issue 14, item 7).
    const sizer = await openLink(page, 'v=1&sessions=300&cpu=64');
    const cpu = input(page, 'zones-0-profiles-0-cpu-cores');
    assert.equal(await cpu.inputValue(), '2', 'the workspace is back to the default figures');
    await notice(page).waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await notice(page).textContent(), /cpu/);
    assert.equal(await sizer.peakSessions.inputValue(), '300', 'the rest of the link is used');
    assert.equal(await sizer.fieldErrors.count(), 0, 'nothing left to fix');
    for (const id of FIGURES) assert.notEqual(await sizer.text(id), '', `${id} shows`);
  });

  test('markup in a workspace name is shown as text and never runs', async () => {
    const { page } = await freshPage();
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await page.addInitScript(() => {
      window.__ranInjected = false;
      window.alert = () => { window.__ranInjected = true; };
    });
    const evil = '<img src=x onerror=alert(1)>';
    const query = `v=1&p=${encodeURIComponent('Z<b>')}~${encodeURIComponent(evil)}~100&p=Z~Two~50`;
    const sizer = await openLink(page, query);
    await notice(page).waitFor({ state: 'visible' });
    assert.ok((await notice(page).textContent()).includes(evil), 'the notice shows the name as text');
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, [], 'no dialog');
    assert.equal(await page.evaluate(() => window.__ranInjected), false, 'no script ran');
    assert.equal(await page.locator('img').count(), 0, 'no img element was created');
    assert.equal(await page.locator('b').count(), 0, 'no b element was created');
    assert.equal(await input(page, 'zones-0-profiles-0-name').inputValue(), evil, 'the name is kept as text');
    assert.equal(await sizer.peakSessions.inputValue(), '150');
    // The same name survives the round trip through the URL as text.
    assert.ok(decodeURIComponent(page.url()).includes('onerror'), 'name kept in the link');
  });

  test('Copy link copies the page URL and says so', async () => {
    const { page, context } = await freshPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
    const sizer = await openLink(page, '');
    await sizer.typePeakSessions('750');
    await eventually(async () => /sessions=750/.test(page.url()), { what: 'the URL to update' });
    await page.getByTestId('copy-link').click();
    await eventually(async () => (await page.getByTestId('share-status').textContent()) === 'Link copied', {
      what: 'the confirmation',
    });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  });

  test('Copy link falls back to selecting the link where the Clipboard API is missing', async () => {
    const { page } = await freshPage();
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    const sizer = await openLink(page, 'v=1&sessions=640');
    await page.getByTestId('copy-link').click();
    const field = page.getByTestId('share-url');
    await field.waitFor({ state: 'visible' });
    assert.equal(await field.inputValue(), page.url(), 'the field holds the link');
    assert.equal(await field.getAttribute('readonly'), '');
    const status = await eventually(async () => page.getByTestId('share-status').textContent(), {
      what: 'a status message',
    });
    assert.match(status, /Link copied|Ctrl\+C/);
    assert.equal(await page.evaluate(() => window.getSelection().toString() || document.activeElement.value.slice(
      document.activeElement.selectionStart, document.activeElement.selectionEnd)), page.url(), 'the link is selected');
    assert.equal(await sizer.peakSessions.inputValue(), '640');
  });

  test('Reset returns to the default plan', async () => {
    const { page } = await freshPage();
    const sizer = await openLink(page, 'v=1&sessions=900');
    assert.notEqual(await sizer.count('webapp-servers'), 3);
    await page.getByTestId('reset-plan').click();
    await sizer.waitForFigure('webapp-servers', (t) => /^\D*3\b/.test(t));
    assert.equal(await sizer.peakSessions.inputValue(), '200');
    await eventually(async () => new URL(page.url()).search === '?v=2', { what: 'the URL to reset' });
  });

  test('the bare page offers the last plan, and a link wins over it', async () => {
    const { page, context } = await freshPage();
    const sizer = await openLink(page, '');
    await sizer.typePeakSessions('820');
    await eventually(async () => /sessions=820/.test(page.url()), { what: 'the URL to update' });

    const bare = await context.newPage();
    const again = await openLink(bare, '');
    assert.equal(await again.peakSessions.inputValue(), '200', 'nothing changes silently');
    await bare.getByTestId('restore-plan').click();
    await eventually(async () => (await again.peakSessions.inputValue()) === '820', { what: 'the restore' });
    assert.equal(await bare.getByTestId('restore-plan').count(), 0, 'the offer closes');

    const linked = await context.newPage();
    const fromLink = await openLink(linked, 'v=1&sessions=333');
    assert.equal(await fromLink.peakSessions.inputValue(), '333');
    assert.equal(await linked.getByTestId('restore-plan').count(), 0, 'no offer when a link is opened');
  });

  test('exports download and parse: JSON, CSV and Markdown', async () => {
    const { page } = await freshPage();
    const sizer = await openLink(page, 'v=1&sessions=500&zone=%3DEvil%2C%20Inc');
    const total = await sizer.count('total-servers');
    const grab = async (testId) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    };

    const json = await grab('export-json');
    assert.equal(json.name, 'kasm-sizing.json');
    const doc = JSON.parse(json.text);
    assert.equal(doc.format, 'kasm-sizer');
    assert.equal(doc.version, 1);
    assert.equal(doc.plan.zones[0].profiles[0].sessions, 500);
    assert.equal(doc.report.totals.servers, total);

    const csv = await grab('export-csv');
    assert.equal(csv.name, 'kasm-sizing-bom.csv');
    const lines = csv.text.split('\r\n').filter(Boolean);
    assert.equal(
      lines[0],
      'role,zone,count,needed,redundant,cpu,ram_gb,disk_gb,total_vcpu,total_ram_gb,total_disk_gb,monthly_cost,yearly_cost,currency,instance_type,cost_note,swap_gb',
    );
    assert.ok(lines.some((l) => l.startsWith('Web app server,"\'=Evil, Inc",')), 'zone quoted, formula defused');
    assert.equal(lines.at(-1).split(',')[2], String(total));

    const md = await grab('export-md');
    assert.equal(md.name, 'kasm-sizing.md');
    assert.ok(md.text.startsWith('# Kasm Workspaces sizing'));
    assert.match(md.text, /\| Servers \| vCPU/);
    assert.ok(md.text.includes(`Plan link: <${page.url()}>`));
  });

  test('printing shows the report without the form', async () => {
    const { page } = await freshPage();
    const sizer = await openLink(page, 'v=1&sessions=300');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.form-column').isVisible(), false, 'form hidden');
    assert.equal(await page.getByTestId('copy-link').isVisible(), false, 'share bar hidden');
    assert.equal(await sizer.figure('total-servers').isVisible(), true, 'results shown');
  });
});
