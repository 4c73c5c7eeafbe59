// Trust every figure (issue 14), on the release build in Debian Chromium: figures read with
// separators and never clip from 360 px up, compare fits or stacks, chart text is at least
// 11 px, redundancy labels and statuses say what they mean without colour, a printed plan
// starts with what was sized, Undo and Redo recover a change, and a repaired link says so
// where it is seen.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { closeAndCheck, eventually, newRecordedPage, useServedBuild } from './support/browser.mjs';
import { SizerPage } from './support/sizer-page.mjs';

const suite = useServedBuild();
let session;

afterEach(async () => {
  if (session) await closeAndCheck(session);
  session = null;
});

const TEN_MILLION = 'v=2&sessions=10000000';
const PRICED_CLOUD =
  'v=2&sessions=100000&agent_mode=autoscale&busy=mon-fri:8-18&cloud=aws&agent_type=t3.medium&cost_agent_hourly=0.0416&cost_web_hourly=0.0832&currency=USD';
const TWO_ZONES = 'v=2&p=Paris~Office~300~2~4~0~5~container&p=Berlin~Jump%20hosts~25~2~4~0~0~server&arch=d2a';

/** Open `query` in a fresh page `width` px wide (and `scheme`), with the results shown. */
async function open(query, width, { scheme = 'light', height = 900 } = {}) {
  session = await newRecordedPage(suite.browser, suite.server.origin, {
    viewport: { width, height },
    colorScheme: scheme,
  });
  const sizer = new SizerPage(session.page, `${suite.server.url}${query ? `?${query}` : ''}`);
  await sizer.open();
  return sizer;
}

/**
 * Every element of the results whose content is wider than its box, card by card (each
 * brought into view, so it is laid out): a tile, a table cell, a table that needs sideways
 * scrolling, a value to copy into Kasm. Chart drawings are measured by the chart tests.
 */
async function overflowing(page) {
  const cards = page.locator('#results .card');
  const n = await cards.count();
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const card = cards.nth(i);
    if (!(await card.isVisible())) continue;
    await card.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    out.push(
      ...(await card.evaluate((c) => {
        const box = c.getBoundingClientRect();
        const found = [];
        const name = (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${el.getAttribute('data-testid') || el.getAttribute('data-label') || ''}] "${el.textContent.trim().slice(0, 40)}"`;
        for (const el of c.querySelectorAll('*')) {
          if (el.closest('svg')) continue;
          const style = getComputedStyle(el);
          if (style.display === 'none' || el.closest('thead') && style.position === 'absolute') continue;
          if (el.closest('table.stacks thead')) continue;
          // Text for screen readers only, in a 1 px box by design (`.visually-hidden`).
          if (el.closest('.visually-hidden')) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0) continue;
          if (r.right > box.right + 0.5 || r.left < box.left - 0.5) found.push(`outside its card: ${name(el)}`);
          if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push(`content wider than its box: ${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
        }
        return found;
      })),
    );
  }
  return [...new Set(out)];
}

/** Text a person reads in the results (not the values to type into Kasm) with a figure of
 *  four or more digits written without separators. */
async function ungroupedFigures(page) {
  return page.locator('#results').evaluate((root) => {
    const hits = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('code, title, style, script')) continue;
      for (const m of n.textContent.matchAll(/(?<![\d,.])\d{4,}(?![\d,])/g)) hits.push(`${m[0]} in "${n.textContent.trim().slice(0, 80)}"`);
    }
    return hits;
  });
}

describe('issue 14: every figure readable and whole', () => {
  for (const width of [360, 1400]) {
    test(`10,000,000 sessions at ${width} px: every figure has separators and nothing overflows its box`, async () => {
      const sizer = await open(TEN_MILLION, width, { height: 800 });
      const { page } = session;
      assert.equal(await sizer.text('total-servers'), '1,316,672');
      assert.deepEqual(await ungroupedFigures(page), []);
      assert.deepEqual(await overflowing(page), []);
    });
  }

  // Issue 16: the cards of a priced cloud plan (the bill with its swap and cost columns, the
  // costs, instance types and autoscaling cards) at 100,000 sessions. By hand: 668 web app
  // servers (100,000 / 150 + 1, WEB-1) x 730 h x 0.0832 = 40,571.65; t3.medium agents hold
  // 1 session each, so 100,000 at peak + 10 standby (AS-3) = 100,010 x (50 h a week x 730 /
  // 168) x 0.0416 = 903,899.90 (AS-4); 944,471.55 USD a month.
  for (const width of [360, 1400]) {
    test(`a priced autoscaling plan on AWS at ${width} px: every figure has separators and nothing overflows its box`, async () => {
      const sizer = await open(PRICED_CLOUD, width, { height: 800 });
      const { page } = session;
      await page.getByTestId('autoscale-peak-instances').waitFor();
      assert.equal(await sizer.text('total-cost'), '944,471.55');
      assert.deepEqual(await ungroupedFigures(page), []);
      assert.deepEqual(await overflowing(page), []);
    });
  }

  for (const width of [360, 1400, 1920]) {
    test(`compare fits its card or stacks at ${width} px`, async () => {
      await open(`${TEN_MILLION}&a.v=2&a.sessions=200`, width);
      const { page } = session;
      const table = page.getByTestId('compare-table');
      await table.waitFor();
      await table.scrollIntoViewIfNeeded();
      const wrap = page.locator('[data-testid=compare] .table-wrap');
      const { scroll, client } = await wrap.evaluate((w) => ({ scroll: w.scrollWidth, client: w.clientWidth }));
      assert.ok(scroll <= client + 1, `no sideways scrolling: ${scroll} > ${client}`);
      const card = await page.getByTestId('compare').boundingBox();
      for (const id of ['compare-a-agent-servers', 'compare-b-agent-servers']) {
        const cell = await page.getByTestId(id).boundingBox();
        assert.ok(cell.x + cell.width <= card.x + card.width + 0.5, `${id} inside the card`);
      }
      assert.equal(await page.getByTestId('compare-b-agent-servers').textContent(), '1,250,002');
      // The row label stays with its figures: in the same row, or stacked just above.
      const row = page.locator('[data-testid=compare-diff][data-key=agent-servers]');
      const stacked = (await row.evaluate((tr) => getComputedStyle(tr).display)) === 'block';
      assert.equal(stacked, width === 360, 'stacked on a phone, a table on a desktop');
      assert.deepEqual(await overflowing(page), []);
    });
  }
});

describe('issue 14: charts', () => {
  for (const width of [360, 390, 1400]) {
    test(`chart text renders at least 11 px at ${width} px, on all three charts`, async () => {
      const sizer = await open(TWO_ZONES, width);
      const { page } = session;
      await sizer.renderEveryCard();
      for (const id of ['chart-redundancy-webapp', 'chart-growth', 'chart-packing']) {
        const figure = page.getByTestId(id);
        await figure.scrollIntoViewIfNeeded();
        const sizes = await figure.evaluate((f) => {
          const svg = f.querySelector('svg');
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')]
            .filter((t) => t.textContent.trim() !== '')
            .map((t) => [t.textContent.trim(), parseFloat(getComputedStyle(t).fontSize) * scale]);
        });
        assert.ok(sizes.length > 3, `${id} has text`);
        const small = sizes.filter(([, px]) => px < 10.95);
        assert.deepEqual(small, [], `${id}: text under 11 px`);
      }
    });
  }

  for (const width of [390, 1400]) {
    test(`redundancy labels read the shortfall and keep off each other and the peak line at ${width} px`, async () => {
      const sizer = await open(TWO_ZONES, width);
      const { page } = session;
      await sizer.renderEveryCard();
      for (const role of ['webapp', 'db', 'agent', 'proxy']) {
        const chart = page.getByTestId(`chart-redundancy-${role}`);
        await chart.scrollIntoViewIfNeeded();
        const { labels, peak, shortTexts } = await chart.evaluate((f) => {
          const box = (el) => {
            const r = el.getBoundingClientRect();
            return { x: r.x, y: r.y, w: r.width, h: r.height, text: el.textContent };
          };
          const line = f.querySelector('line.demand').getBoundingClientRect();
          return {
            labels: [...f.querySelectorAll('text.bar-value')].map(box),
            peak: line.y + line.height / 2,
            shortTexts: [...f.querySelectorAll('g.bar-group')]
              .filter((g) => g.querySelector('[data-short=true]'))
              .map((g) => [...g.querySelectorAll('text.bar-value')].map((t) => t.textContent).join(' ')),
          };
        });
        // DEP-3: a bar short of peak says by how much ("325 short"), never its capacity.
        for (const t of shortTexts) assert.match(t, /^[\d,]+ short$/, `${role}: "${t}"`);
        for (const [i, a] of labels.entries()) {
          assert.ok(a.y + a.h <= peak - 1 || a.y >= peak + 1, `${role}: "${a.text}" on the peak line`);
          for (const b of labels.slice(i + 1)) {
            const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
            assert.ok(apart, `${role}: "${a.text}" overlaps "${b.text}"`);
          }
        }
        // The table and the chart count failures the same way, in the same words.
        const axis = (await chart.locator('.axis-x .axis-title').textContent()).trim();
        const basis = (await page.locator(`#role-${role} table.scenarios thead th`).first().textContent()).trim();
        assert.equal(basis, axis, role);
      }
      assert.equal(
        (await page.getByTestId('chart-redundancy-webapp').locator('.axis-x .axis-title').textContent()).trim(),
        'Servers down in each zone',
      );
    });
  }

  for (const scheme of ['light', 'dark']) {
    test(`statuses show by colour and by mark, and read at 4.5:1 (${scheme} mode)`, async () => {
      // Autoscaled agents: "1 down" is replaced by Kasm (AG-9), not a red shortage.
      const sizer = await open(`${TWO_ZONES}&agent_mode=autoscale`, 1400, { scheme });
      const { page } = session;
      await sizer.renderEveryCard();
      const look = (loc) =>
        loc.evaluate((el) => {
          const s = getComputedStyle(el);
          return { fill: s.fill, bg: s.backgroundColor, image: s.backgroundImage, border: s.borderTopStyle, color: s.color };
        });
      const agents = page.getByTestId('chart-redundancy-agent');
      await agents.scrollIntoViewIfNeeded();
      const replaced = agents.locator('rect.bar.replaced').first();
      assert.equal(await replaced.getAttribute('data-status'), 'replaced');
      const web = page.getByTestId('chart-redundancy-webapp');
      const enoughBar = await look(web.locator('rect.bar.enough').first());
      const expectedBar = await look(web.locator('rect.bar.expected').first());
      const replacedBar = await look(replaced);
      assert.notEqual(enoughBar.fill, expectedBar.fill);
      assert.notEqual(enoughBar.fill, replacedBar.fill);
      assert.notEqual(expectedBar.fill, replacedBar.fill);
      // Without colour: expected is hatched, replaced has a dashed outline.
      assert.equal(await web.locator('rect.bar-hatch').count(), await web.locator('rect.bar.expected').count());
      assert.notEqual(await replaced.evaluate((r) => getComputedStyle(r).strokeDasharray), 'none');
      const swatch = async (chart, status) => look(chart.locator(`li.legend-${status} .swatch`));
      assert.match((await swatch(web, 'expected')).image, /repeating-linear-gradient/);
      assert.equal((await swatch(web, 'enough')).image, 'none');
      assert.equal((await swatch(agents, 'replaced')).border, 'dashed');
      // The table rows: the same statuses, each verdict with its own mark and colour.
      const row = (status) => page.locator(`table.scenarios tr.${status}`).first();
      const verdicts = {};
      for (const status of ['enough', 'expected', 'replaced']) {
        await row(status).scrollIntoViewIfNeeded();
        verdicts[status] = {
          text: (await row(status).locator('.verdict').textContent()).trim(),
          ...(await look(row(status).locator('.verdict'))),
        };
      }
      assert.match(verdicts.enough.text, /^✓/);
      assert.match(verdicts.expected.text, /^! [\d,]+ short, expected$/);
      assert.match(verdicts.replaced.text, /^↻ replaced by autoscaling$/);
      assert.equal(new Set(Object.values(verdicts).map((v) => v.color)).size, 3, JSON.stringify(verdicts));
    });
  }
});

describe('issue 14: print', () => {
  test('a printed plan starts with what was sized, prints every why open and no on-screen controls', async () => {
    const sizer = await open(TWO_ZONES, 1400);
    const { page } = session;
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const summary = page.getByTestId('print-summary');
    await summary.waitFor({ state: 'visible' });
    // What was sized comes first, before the results.
    const first = await page.evaluate(() => {
      const s = document.querySelector('[data-testid=print-summary]').getBoundingClientRect().top;
      const r = document.querySelector('#results').getBoundingClientRect().top;
      return s < r;
    });
    assert.ok(first, 'the summary prints before the results');
    const text = await summary.textContent();
    for (const words of ['Paris', 'Office', 'Berlin', 'Jump hosts', 'RDP/VNC/SSH server', 'Direct-to-Agent', '16 cores']) {
      assert.ok(text.includes(words), `the summary names ${words}`);
    }
    assert.match(await page.getByTestId('print-link').textContent(), /\?v=2&.*arch=d2a/);
    // The inputs, the jump link, the share bar and the compare card's instructions stay off.
    for (const sel of ['.form-column', '.jump-results', '.share-bar', '[data-testid=compare]']) {
      assert.equal(await page.locator(sel).isVisible(), false, `${sel} does not print`);
    }
    const controls = await page.locator('button:visible, input:visible, select:visible').count();
    assert.equal(controls, 0, 'no button or field prints');
    const whys = page.locator('details.why:not([hidden])');
    assert.ok((await whys.count()) >= 4);
    assert.deepEqual([...new Set(await whys.evaluateAll((ds) => ds.map((d) => d.open)))], [true]);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10000, 'a PDF was printed');
    if (process.env.E2E_SHOTS) {
      mkdirSync(process.env.E2E_SHOTS, { recursive: true });
      await page.pdf({ path: `${process.env.E2E_SHOTS}/print.pdf`, format: 'A4' });
    }
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await summary.waitFor({ state: 'detached' });
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual([...new Set(await whys.evaluateAll((ds) => ds.map((d) => d.open)))], [false], 'closed again');
    assert.equal(await sizer.text('webapp-servers'), '4');
  });
});

describe('issue 14: recovering a change', () => {
  test('Undo and Redo take back a preset, and Reset, without the Back button', async () => {
    const sizer = await open('', 1400);
    const { page } = session;
    const input = (slug) => page.getByTestId(`input-${slug}`);
    const history = await page.evaluate(() => history.length);
    // A hand-built two-zone plan.
    await page.getByTestId('add-zone').click();
    await input('zones-1-name').fill('Berlin');
    await input('zones-1-profiles-0-sessions').fill('40');
    await page.locator('h1').click();
    const plan = async () => ({
      zones: await page
        .locator('[data-testid^=input-zones-][data-testid$=-name]')
        .evaluateAll((els) => els.filter((e) => /^input-zones-\d+-name$/.test(e.dataset.testid)).map((e) => e.value)),
      berlin: await input('zones-1-profiles-0-sessions').inputValue().catch(() => null),
      cpus: await input('agents-cpus').inputValue(),
      override: await input('agents-cpu-override-kind').inputValue(),
    });
    const built = await plan();
    assert.equal(built.berlin, '40');
    // The agent preset (AG-1 second row: 16 CPU / 64 GB, overrides 96 / 80) changes only
    // the agent hardware.
    await page.getByTestId('preset-agent-row-2').click();
    await eventually(async () => (await input('agents-cpu-override-kind').inputValue()) === 'absolute', { what: 'the preset' });
    const preset = await plan();
    assert.deepEqual({ ...preset, override: built.override }, built, 'zones and workspaces untouched');
    assert.equal(await input('agents-cpu-override').inputValue(), '96');
    // Ctrl+Z outside a text field takes the preset back; Ctrl+Shift+Z brings it again.
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await eventually(async () => (await plan()).override === built.override, { what: 'undo' });
    assert.deepEqual(await plan(), built);
    await page.keyboard.press('Control+Shift+z');
    await eventually(async () => (await plan()).override === 'absolute', { what: 'redo' });
    // Reset, then Undo: the two-zone plan is back.
    await page.getByTestId('reset-plan').click();
    await eventually(async () => (await plan()).zones.length === 1, { what: 'reset' });
    await page.getByTestId('undo').click();
    await eventually(async () => (await plan()).zones.length === 2, { what: 'undo reset' });
    assert.deepEqual(await plan(), preset);
    assert.equal(await sizer.count('webapp-servers') > 0, true);
    assert.equal(await page.evaluate(() => history.length), history, 'Back is never needed');
  });

  test('a repaired link says so above the form and the results, takes focus, and shows results', async () => {
    const sizer = await open('v=2&sessions=300&name=&host=bad%20host!', 390, { height: 844 });
    const { page } = session;
    const notice = page.getByTestId('link-notice');
    await notice.waitFor({ state: 'visible' });
    assert.match(await notice.textContent(), /needs a name; "Desktop" is used/);
    const top = async (sel) => (await page.locator(sel).first().boundingBox()).y;
    const noticeTop = await top('[data-testid=link-notice]');
    assert.ok(noticeTop < (await top('.form-column')), 'above the form');
    assert.ok(noticeTop < (await top('#results')), 'above the results');
    assert.ok(noticeTop < 844, 'in the first screen');
    await eventually(() => notice.evaluate((n) => n === document.activeElement), { what: 'focus on the notice' });
    assert.equal(await sizer.text('webapp-servers'), '3', 'the repaired plan is sized (WEB-1: 300 / 150 + 1)');
    assert.equal(await page.getByTestId('stale-notice').count(), 0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await notice.waitFor({ state: 'detached' });
    await eventually(() => page.evaluate(() => document.activeElement?.id === 'results'), { what: 'focus on the results' });
  });
});
