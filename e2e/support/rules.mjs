// Page object for the rules on the page (issue 17): rule chips, the note they open and the
// Rules view, found by their data-testid hooks, roles and anchors.

/** The rules on the sizing calculator page. */
export class RulesOnPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** The first chip showing rule `id` inside the element matched by `scope`. */
  chip(id, scope = 'body') {
    return this.page.locator(`${scope} a.rule`, { hasText: new RegExp(`^${id}$`) }).first();
  }

  /** The note a chip opens (one for the whole page). */
  get note() {
    return this.page.getByTestId('rule-note');
  }

  /** The Rules view. */
  get view() {
    return this.page.getByTestId('rules-view');
  }

  /** Rule `id`'s row in the Rules view (anchor `#rule-<id>`). */
  row(id) {
    return this.page.getByTestId(`rule-${id}`);
  }

  /** The element that has keyboard focus: its data-testid, id, text and classes. */
  focused() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return { testid: el?.dataset?.testid ?? null, id: el?.id ?? '', text: el?.textContent?.trim() ?? '', tag: el?.tagName };
    });
  }

  /**
   * What the browser's accessibility tree says about the focused element: role, name and
   * description, as a screen reader is told (Chromium's own computation, through CDP).
   */
  async focusedAccessibility(context) {
    const cdp = await context.newCDPSession(this.page);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId,
      fetchRelatives: false,
    });
    await cdp.detach();
    const node = nodes[0];
    return {
      role: node.role?.value,
      name: node.name?.value,
      description: node.description?.value ?? '',
    };
  }

  /** True when two boxes share any pixel. */
  static overlap(a, b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }

  /** Whether the element's box lies within the viewport. */
  inView(locator) {
    return locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
    });
  }
}
