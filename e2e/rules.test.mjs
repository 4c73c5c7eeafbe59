// Rules on the page (issue 17, item 3): a person reading any figure finds what its rule says
// without leaving the page. A keyboard user tabs to a rule chip, is told the rule's summary
// and source, and follows the chip to the rule in the Rules view; a mouse user hovers it; a
// phone user taps it, and the note never covers the chip; printing ends with the rules the
// plan uses.
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeAndCheck, eventually, newRecordedPage, useServedBuild } from './support/browser.mjs';
import { SizerPage } from './support/sizer-page.mjs';
import { RulesOnPage } from './support/rules.mjs';

const suite = useServedBuild();
let session;
afterEach(async () => {
  if (session) await closeAndCheck(session);
  session = null;
});

// WEB-4 in the engine's rules table: its summary and its source.
const WEB_4 = 'Keep N+1 web app servers so one can be patched without affecting users';
const WEB_4_SOURCE = 'Source: Kasm 1.18 Sizing and Deployment Guide, Web App Role / Redundancy (guide).';

async function open(options = {}) {
  session = await newRecordedPage(suite.browser, suite.server.origin, options);
  const sizer = await new SizerPage(session.page, suite.server.url).open();
  const rules = new RulesOnPage(session.page);
  await rules.view.waitFor({ state: 'attached' });
  return { sizer, rules, page: session.page };
}

describe('rules on the page', () => {
  test('a keyboard user tabs to a chip, is told what its rule says, and follows it to the Rules view', async () => {
    const { rules, page } = await open();
    // From the web app card's title (a click there is where Tab starts), Tab until the
    // WEB-4 chip (the "2 down" case).
    await page.locator('#role-webapp h3').click();
    let focused;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      focused = await rules.focused();
      if (focused.text === 'WEB-4') break;
    }
    assert.equal(focused.text, 'WEB-4', 'Tab reaches the WEB-4 chip');
    assert.equal(focused.tag, 'A');

    // What a screen reader is told: a link named WEB-4, described by the rule.
    const ax = await rules.focusedAccessibility(session.context);
    assert.equal(ax.role, 'link');
    assert.equal(ax.name, 'WEB-4');
    assert.ok(ax.description.startsWith(WEB_4), ax.description);
    assert.ok(ax.description.endsWith(WEB_4_SOURCE), ax.description);

    // What a sighted keyboard user reads: the note, beside the chip and not over it.
    await rules.note.waitFor({ state: 'visible' });
    const note = (await rules.note.textContent()).replace(/\s+/g, ' ');
    assert.ok(note.includes(WEB_4), note);
    assert.ok(note.includes('Source: Kasm 1.18 Sizing and Deployment Guide, Web App Role / Redundancy'), note);
    const chip = page.locator('a.rule:focus');
    assert.equal(RulesOnPage.overlap(await rules.note.boundingBox(), await chip.boundingBox()), false);

    // Escape puts the note away; focus stays on the chip.
    await page.keyboard.press('Escape');
    await rules.note.waitFor({ state: 'detached' });
    assert.equal((await rules.focused()).text, 'WEB-4');

    // Enter follows the chip: focus lands on WEB-4's row, in view, with what uses it.
    await page.keyboard.press('Enter');
    await eventually(async () => (await rules.focused()).testid === 'rule-WEB-4', { what: 'focus on the WEB-4 row' });
    assert.ok(page.url().endsWith('#rule-WEB-4'), page.url());
    const row = rules.row('WEB-4');
    assert.ok(await rules.inView(row), 'the row is scrolled into view');
    const text = (await row.textContent()).replace(/\s+/g, ' ');
    assert.ok(text.includes('Used by this plan:'), text);
    assert.ok(text.includes('Web app servers in zone Default: 3'), text);
    assert.ok(text.includes('if servers go down: 2 down'), text);
  });

  test('a mouse user hovers a chip to read its rule, and can move onto the note to read on', async () => {
    const { rules, page } = await open();
    const chip = rules.chip('WEB-4', '#role-webapp');
    await chip.scrollIntoViewIfNeeded();
    await chip.hover();
    await rules.note.waitFor({ state: 'visible' });
    const box = await rules.note.boundingBox();
    assert.equal(RulesOnPage.overlap(box, await chip.boundingBox()), false, 'the note does not cover the chip');
    // Onto the note: it stays.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(500);
    assert.ok(await rules.note.isVisible(), 'the note stays under the pointer');
    // Away from both: it goes.
    await page.mouse.move(5, 5);
    await rules.note.waitFor({ state: 'detached' });
  });

  test('on a 390 px phone a tap shows the rule docked away from the chip; a second tap leads to the Rules view', async () => {
    const { rules, page } = await open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const chip = rules.chip('WEB-4', '#role-webapp');
    await chip.scrollIntoViewIfNeeded();
    await chip.tap();
    await rules.note.waitFor({ state: 'visible' });
    assert.ok(!page.url().includes('#rule-'), 'a first tap stays on the figure');
    assert.match(await rules.note.getAttribute('class'), /docked/);
    const [noteBox, chipBox] = [await rules.note.boundingBox(), await chip.boundingBox()];
    assert.equal(RulesOnPage.overlap(noteBox, chipBox), false, 'the note does not cover the chip');
    assert.ok(noteBox.width <= 390, `the note fits the screen (${noteBox.width})`);
    // A tap elsewhere closes it.
    await page.locator('#role-webapp h3').tap();
    await rules.note.waitFor({ state: 'detached' });
    // Tap, tap: the second one follows the chip to its rule.
    await chip.tap();
    await rules.note.waitFor({ state: 'visible' });
    await chip.tap();
    await eventually(async () => page.url().endsWith('#rule-WEB-4'), { what: 'the link to be followed' });
    await rules.note.waitFor({ state: 'detached' });
    assert.ok(await rules.inView(rules.row('WEB-4')), 'the row is in view');
    // Nothing on the page is wider than the phone.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `page width ${wide}`);
  });

  test('the Rules view lists every rule and follows the plan', async () => {
    const { rules, page } = await open();
    assert.equal(await page.locator('#rules .rule-row').count(), 48, 'every rule of the engine\'s table');
    // A static pool uses AG-8 (N+2), not AS-1; autoscaling turns that round (AG-9).
    assert.match(await rules.row('AS-1').textContent(), /Not used by this plan\./);
    assert.match(await rules.row('AG-8').textContent(), /Used by this plan:/);
    await page.getByTestId('input-agents-mode').selectOption('autoscale');
    await eventually(async () => /Used by this plan:/.test(await rules.row('AS-1').textContent()), {
      what: 'AS-1 to be used',
    });
    assert.match(await rules.row('AS-1').textContent(), /Agents: /);
    assert.match(await rules.row('AG-8').textContent(), /Not used by this plan\./);
  });

  test('printed, the report ends with only the rules the plan uses', async () => {
    const { rules, page } = await open();
    await page.emulateMedia({ media: 'print' });
    assert.ok(await rules.view.isVisible(), 'the Rules view prints');
    assert.ok(await rules.row('WEB-4').isVisible(), 'a rule the plan uses');
    assert.equal(await rules.row('AS-1').isVisible(), false, 'a rule the plan does not use');
    assert.equal(await rules.row('GPU-1').isVisible(), false, 'a rule nothing uses');
    // It comes after every other part of the results.
    const last = await page.evaluate(() => {
      const shown = [...document.querySelectorAll('.results > *, .results .card')].filter(
        (el) => el.offsetParent !== null || getComputedStyle(el).display !== 'none',
      );
      return shown.at(-1)?.id ?? '';
    });
    assert.equal(last, 'rules');
  });
});
