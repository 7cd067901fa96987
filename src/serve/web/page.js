// claimgraph serve: the page's building blocks, loaded before app.js (index.html): its
// state, making elements, calling the API, corrections, and the server's diagrams. Every
// text from the database goes into the page as text (textContent), never as markup; the
// only markup inserted is the server's own SVG, parsed as SVG and stripped of scripts,
// handlers and links first (diagram below).
'use strict';

const csrf = document.querySelector('meta[name="csrf"]').content;
const view = document.getElementById('view');
let readOnly = true;
let version = null;

// ---- small helpers -------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

const link = (href, text, attrs) => el('a', Object.assign({ href }, attrs || {}), text);
const claimLink = (id, text) => link('#/claim/' + id, text);
const sourceLink = (s) => (s ? link('#/source/' + s.id, s.name || s.id.slice(0, 10)) : el('span', { class: 'muted' }, 'no source'));
const short = (id) => String(id).slice(0, 10);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined && v !== false) q.set(k, v);
  return q.toString();
}

async function api(path) {
  const res = await fetch('/api/' + path, { credentials: 'same-origin' });
  const type = res.headers.get('Content-Type') || '';
  const body = type.startsWith('application/json') ? await res.json() : await res.text();
  if (!res.ok) throw new Error(body && body.error ? body.error : `${res.status} ${res.statusText}`);
  return body;
}

async function post(path, params) {
  const res = await fetch('/api/' + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrf },
    body: query(params),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  await checkVersion(true);  // our own write: no "new data" notice for it
  return body;
}

function showError(err) {
  const m = document.getElementById('message');
  m.textContent = String(err && err.message ? err.message : err);
  m.hidden = false;
}

function clearError() { document.getElementById('message').hidden = true; }

// A correction: run it, then draw the view again, or go to the address `run` returns.
function correction(label, run) {
  return el('button', {
    type: 'button',
    disabled: readOnly,
    title: readOnly ? 'the server is read-only' : null,
    onclick: async () => {
      try {
        clearError();
        const go = await run();
        if (typeof go === 'string' && go !== location.hash) location.hash = go; else route();
      } catch (e) { showError(e); }
    },
  }, label);
}

// ---- the diagram ---------------------------------------------------------------------

const kindOf = (g) => ['statement', 'source', 'document'].find((k) => g.classList.contains(k));

// The server's SVG, parsed as SVG, without anything that could run or lead away.
function diagram(svgText) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.nodeName !== 'svg') return el('p', { class: 'muted' }, 'no diagram');
  for (const bad of svg.querySelectorAll('script, foreignObject, iframe, image, use')) bad.remove();
  for (const node of svg.querySelectorAll('*')) {
    for (const a of [...node.attributes]) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on') || name === 'href' || name === 'xlink:href' || name === 'style') node.removeAttribute(a.name);
    }
  }
  const box = el('div', { class: 'diagram' });
  box.append(document.importNode(svg, true));
  for (const g of box.querySelectorAll('g.node')) {
    const kind = kindOf(g);
    if (!kind || !/^[0-9a-f]{4,64}$/.test(g.id)) continue;
    g.setAttribute('role', 'link');
    g.setAttribute('tabindex', '0');  // reached with Tab, opened with Enter
    g.dataset.target = `#/${kind === 'statement' ? 'claim' : kind}/${g.id}`;
    g.addEventListener('click', () => { location.hash = g.dataset.target; });
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') location.hash = g.dataset.target; });
  }
  return box;
}

// A diagram from the server, or why there is none, in its place: the rest of a view
// stands without it.
async function drawn(path) {
  try { return diagram(await api(path)); } catch (e) { return el('p', { class: 'muted' }, 'No diagram: ' + e.message); }
}
