// Applies a list of DOM edits drawn up in wasm by src/markup/ops.rs, in one call: the
// opcodes and their numbering are documented there. Nodes are kept here by number, so wasm
// never walks the page to find one. User text only ever becomes text nodes and attribute
// values, never markup.
const SVG_NS = 'http://www.w3.org/2000/svg';
const nodes = [];

// `style` goes through the CSSOM, which the page's Content-Security-Policy allows (it
// refuses inline style attributes); `value` of an input or select and `checked` of a
// checkbox set what the control shows, and only when it differs, so typing is never
// disturbed.
function setAttr(el, name, value) {
  const tag = el.localName;
  if (name === 'style') {
    for (const decl of value.split(';')) {
      const at = decl.indexOf(':');
      if (at > 0) el.style.setProperty(decl.slice(0, at).trim(), decl.slice(at + 1).trim());
    }
  } else if (name === 'value' && (tag === 'input' || tag === 'select')) {
    if (el.value !== value) el.value = value;
  } else if (name === 'checked' && tag === 'input') {
    const on = value === 'true';
    if (el.checked !== on) el.checked = on;
  } else {
    el.setAttribute(name, value);
  }
}

export function applyOps(w, text) {
  const s = (i) => text.slice(w[i], w[i] + w[i + 1]);
  for (let i = 0; i < w.length; ) {
    switch (w[i]) {
      case 1: // CREATE_EL id tag svg
        nodes[w[i + 1]] = w[i + 4] ? document.createElementNS(SVG_NS, s(i + 2)) : document.createElement(s(i + 2));
        i += 5;
        break;
      case 2: // CREATE_TEXT id text
        nodes[w[i + 1]] = document.createTextNode(s(i + 2));
        i += 4;
        break;
      case 3: // SET_ATTR id name value
        setAttr(nodes[w[i + 1]], s(i + 2), s(i + 4));
        i += 6;
        break;
      case 4: // REMOVE_ATTR id name
        nodes[w[i + 1]].removeAttribute(s(i + 2));
        i += 4;
        break;
      case 5: // SET_TEXT id text
        nodes[w[i + 1]].nodeValue = s(i + 2);
        i += 4;
        break;
      case 6: // APPEND parent child
        nodes[w[i + 1]].appendChild(nodes[w[i + 2]]);
        i += 3;
        break;
      case 7: // REPLACE old new
        nodes[w[i + 1]].replaceWith(nodes[w[i + 2]]);
        i += 3;
        break;
      case 8: // REMOVE id
        nodes[w[i + 1]].remove();
        i += 2;
        break;
      case 9: // FREE id
        nodes[w[i + 1]] = undefined;
        i += 2;
        break;
      default:
        throw new Error(`dom_ops: unknown opcode ${w[i]}`);
    }
  }
}

export function nodeOf(id) {
  return nodes[id];
}
