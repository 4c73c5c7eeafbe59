// Page object for the sizing calculator: every element is found by its data-testid hook or
// its visible label, so the tests read as what a user does and sees.
import { eventually } from './browser.mjs';

/** The result figures the app exposes as data-testid hooks. */
export const FIGURES = [
  'webapp-servers',
  'db-spec',
  'agent-servers',
  'agent-sessions-per-agent',
  'proxy-servers',
  'total-servers',
];

/** The sizing calculator page. */
export class SizerPage {
  /** @param {import('playwright-core').Page} page @param {string} url */
  constructor(page, url) {
    this.page = page;
    this.url = url;
  }

  /** Navigate and wait until the first result is shown. */
  async open() {
    await this.page.goto(this.url);
    await this.figure('webapp-servers').waitFor({ state: 'visible', timeout: 15000 });
    await eventually(async () => (await this.text('webapp-servers')) !== '', {
      timeout: 15000,
      what: 'the first result',
    });
    return this;
  }

  /** A result figure by its data-testid. */
  figure(testId) {
    return this.page.getByTestId(testId);
  }

  /** The trimmed text of a result figure. */
  async text(testId) {
    return ((await this.figure(testId).textContent()) ?? '').trim();
  }

  /** The whole number shown by a count figure ("1,234 servers" -> 1234). */
  async count(testId) {
    const digits = (await this.text(testId)).match(/\d[\d,\u202f\u00a0 ]*/)?.[0] ?? '';
    return Number(digits.replace(/[^\d]/g, ''));
  }

  /** Every result figure's text, keyed by data-testid. */
  async figures() {
    const out = {};
    for (const id of FIGURES) out[id] = await this.text(id);
    return out;
  }

  /**
   * Bring every result card into view once, so each is laid out and remembers its size.
   * Cards off screen skip their layout (`content-visibility: auto`): until drawn, a card
   * has a placeholder height and its content reports places that lie over the next card,
   * so a measurement (axe's colour contrast, a box's width) would read the wrong thing.
   */
  async renderEveryCard() {
    const cards = this.page.locator('#results .card');
    const n = await cards.count();
    for (let i = 0; i < n; i += 1) {
      await cards.nth(i).scrollIntoViewIfNeeded();
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    await this.page.evaluate(() => {
      document.getElementById('results')?.scrollTo(0, 0);
      window.scrollTo(0, 0);
    });
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  /** The "Peak concurrent sessions" input, found by its label. */
  get peakSessions() {
    // Only the <input>: a chart may carry the same words as its accessible name.
    return this.page.getByLabel('Peak concurrent sessions', { exact: true }).and(this.page.locator('input'));
  }

  /** Replace the peak sessions with `value`, typed key by key as a user would. */
  async typePeakSessions(value) {
    const input = this.peakSessions;
    await input.click();
    await input.press('ControlOrMeta+a');
    if (value === '') await input.press('Backspace');
    else await input.pressSequentially(value);
  }

  /** Inline field error messages currently shown (data-testid="error-<field path>"). */
  get fieldErrors() {
    return this.page.locator('[data-testid^="error-"]:visible');
  }

  /** The notice saying the results belong to the last valid plan. */
  get staleNotice() {
    return this.page.getByTestId('stale-notice');
  }

  /** Wait until a figure shows `expected` (string or predicate on the text). */
  async waitForFigure(testId, expected, timeout = 5000) {
    const ok = typeof expected === 'function' ? expected : (t) => t === String(expected);
    return eventually(async () => ok(await this.text(testId)), {
      timeout,
      what: `${testId} to show ${typeof expected === 'function' ? 'the expected value' : expected}`,
    });
  }
}
