// claimgraph serve: the page's views and its routing, over the building blocks of
// page.js (loaded first: index.html). Every text from the database goes into the page as
// text (through el), never as markup.
'use strict';

// ---- views ---------------------------------------------------------------------------

const claimFilters = ['q', 'source', 'kind', 'disputed', 'min_confidence', 'outlet', 'since', 'until', 'sort', 'page'];

async function claimsView(params) {
  const data = await api('claims?' + query(Object.fromEntries(claimFilters.map((k) => [k, params.get(k) || '']))));
  const field = (name, label, attrs) => el('label', {}, label, el('input', Object.assign({ name, value: params.get(name) || '' }, attrs || {})));
  const choice = (name, label, options) => {
    const s = el('select', { name }, options.map(([v, t]) => el('option', { value: v, selected: (params.get(name) || '') === v }, t)));
    return el('label', {}, label, s);
  };
  const form = el('form', { class: 'filters', onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    const p = {};
    for (const [k, v] of f.entries()) p[k] = k === 'disputed' ? (v ? '1' : '') : v;
    location.hash = '#/claims?' + query(p);
  } },
  field('q', 'Words', { type: 'search', placeholder: 'killed, shelling…', id: 'search' }),
  field('source', 'Source'),
  choice('kind', 'Kind', [['', 'any'], ['direct', 'direct quote'], ['indirect', 'reported'], ['mixed', 'mixed']]),
  field('outlet', 'Outlet'),
  field('since', 'From', { placeholder: '2026-03-01', size: 11 }),
  field('until', 'To', { placeholder: '2026-03-31', size: 11 }),
  field('min_confidence', 'Min. confidence %', { type: 'number', min: 0, max: 100, size: 4 }),
  el('label', {}, 'Disputed', el('input', { type: 'checkbox', name: 'disputed', value: '1', checked: params.get('disputed') === '1' })),
  choice('sort', 'Order', [['', 'earliest first'], ['newest', 'newest first'], ['documents', 'most carried']]),
  el('button', { type: 'submit' }, 'Search'));
  const rows = data.claims.map((c) => el('tr', {},
    el('td', {}, sourceLink(c.source)),
    el('td', {}, c.cue || '—'),
    el('td', {}, claimLink(c.id, c.text)),
    el('td', { class: 'num' }, c.documents.length),
    el('td', { class: 'num' }, c.independent_origins),
    el('td', { class: 'num' }, c.confidence === null ? '—' : c.confidence.toFixed(2))));
  const page = data.page, pages = Math.max(1, Math.ceil(data.total / data.per_page));
  const goto = (n) => { const p = new URLSearchParams(params); p.set('page', n); return '#/claims?' + p.toString(); };
  return [
    el('h1', {}, plural(data.total, 'claim')),
    form,
    el('table', { id: 'claims' }, el('thead', {}, el('tr', {}, ['Speaker', 'Cue', 'Claim', 'Documents', 'Independent', 'Confidence']
      .map((h, i) => el('th', { class: i >= 3 ? 'num' : null }, h)))), el('tbody', {}, rows)),
    el('div', { class: 'pager' },
      page > 1 ? link(goto(page - 1), '← previous') : null,
      el('span', { class: 'muted' }, `page ${page} of ${pages}`),
      page < pages ? link(goto(page + 1), 'next →') : null),
  ];
}

function sideBox(side, isThis) {
  return el('div', { class: 'side' + (isThis ? ' this' : '') },
    el('div', {}, sourceLink(side.source), side.date ? el('span', { class: 'muted' }, ' · ' + side.date) : null),
    el('div', {}, isThis ? side.text : claimLink(side.id, side.text)),
    side.value !== null ? el('div', { class: 'muted' }, 'figure: ' + side.value) : null);
}

// A node's name in a trace: its label's first line.
const labelOf = (t, id) => { const n = t.nodes.find((x) => x.id === id); return n && n.label ? n.label.split('\n')[0] : short(id); };

async function claimView(id) {
  const [c, t, svg] = await Promise.all([api('claims/' + id), api('trace/' + id), drawn('graph?' + query({ focus: id, depth: 2 }))]);
  const speaker = c.speaker;
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, 'Speaker'), el('dd', {}, sourceLink(c.source), speaker && speaker.role ? ', ' + speaker.role : '',
      speaker && speaker.speaks_for ? [' — speaks for ', sourceLink(speaker.speaks_for)] : ''),
    el('dt', {}, 'Cue'), el('dd', {}, c.cue || '—'),
    el('dt', {}, 'Kind'), el('dd', {}, c.kind),
    el('dt', {}, 'Carried by'), el('dd', {}, plural(c.documents.length, 'document') + ', ' + plural(c.independent_origins, 'independent origin')),
    el('dt', {}, 'Origins'), el('dd', {}, t.origins.length ? t.origins.map((o, i) => [i ? ', ' : '', link('#/source/' + o, labelOf(t, o))]) : '—'),
    el('dt', {}, 'First appearance'), el('dd', {}, c.first_appearance
      ? [link('#/document/' + c.first_appearance.document + '?hl=' + c.id, c.first_appearance.date),
        c.first_appearance.candidates.length > 1 ? el('span', { class: 'muted' }, ` (tied or undated: ${c.first_appearance.candidates.length - 1} more)`) : '']
      : 'unknown (no dated document)'),
    c.confidence !== null ? [el('dt', {}, 'Confidence'), el('dd', {}, c.confidence.toFixed(2))] : null,
    c.figures.length ? [el('dt', {}, 'Figures'), el('dd', {}, c.figures.map((f) => `${f.measure} ${f.qualifier ? f.qualifier + ' ' : ''}${f.value}`).join('; '))] : null);
  const docs = el('table', { id: 'documents' }, el('thead', {}, el('tr', {}, ['Date', 'Outlet', 'Words in this document', 'Matched', ''].map((h) => el('th', {}, h)))),
    el('tbody', {}, c.documents.map((d) => el('tr', {},
      el('td', { class: 'date' }, d.date || 'undated'),
      el('td', {}, link('#/document/' + d.id + '?hl=' + c.id, d.outlet || short(d.id))),
      el('td', {}, d.text || el('span', { class: 'muted' }, 'curated link (no words)')),
      el('td', {}, d.match ? d.match : 'first mention', d.confirmed ? [' ', el('span', { class: 'tag confirmed' }, 'confirmed')] : ''),
      el('td', {}, d.match ? el('span', { class: 'actions' },
        correction('Confirm', async () => { await post('matches/confirm', { statement: c.id, document: d.id }); }),
        correction('Reject', async () => { await post('matches/reject', { statement: c.id, document: d.id }); }))
        : '')))));
  const disputes = c.disputes.map((d) => {
    const mine = d.from.id === c.id ? d.from : d.to, other = d.from.id === c.id ? d.to : d.from;
    return [el('p', { class: 'muted' }, `${d.basis}${d.measure ? ' (' + d.measure + ')' : ''}${d.confirmed ? ', confirmed' : ''}`),
      el('div', { class: 'sides' }, sideBox(mine, true), sideBox(other, false))];
  });
  const other = el('input', { name: 'other', placeholder: 'id of the disputing claim', size: 20 });
  const note = el('input', { name: 'note', placeholder: 'why (optional)', size: 30 });
  return [
    el('h1', {}, 'Claim ', el('span', { class: 'muted' }, short(c.id))),
    el('blockquote', { class: 'quote', id: 'claim-text' }, c.text),
    facts,
    c.verdicts.length ? [el('h2', {}, 'Verdicts'), el('ul', {}, c.verdicts.map((v) => el('li', {}, `${v.rating} — ${v.reviewer || 'no reviewer'}, ${v.date}`, v.note ? ': ' + v.note : '')))] : null,
    el('h2', {}, 'Documents'), docs,
    el('h2', {}, 'Disputes'), disputes.length ? disputes : el('p', { class: 'muted' }, 'none recorded'),
    el('div', { class: 'actions' }, other, note,
      correction('Add a dispute', async () => { await post('disputes', { from: other.value.trim(), to: c.id, note: note.value }); })),
    el('h2', {}, 'Trace'), el('p', { class: 'muted' }, 'Click a node to open it.'), svg,
  ];
}

// The article with the mentions of claims marked; `hl` (a claim's id) is the one scrolled to.
// Where spans overlap (a claim inside another's quote) one is marked: the claim asked for,
// else the first.
function articleText(text, mentions, hl) {
  const bytes = new TextEncoder().encode(text), decode = (a, b) => new TextDecoder().decode(bytes.subarray(a, b));
  const out = el('div', { class: 'article', id: 'article' });
  const asked = mentions.filter((m) => m.statement === hl);
  const shown = asked.concat(mentions.filter((m) => m.statement !== hl && !asked.some((h) => m.start < h.end && h.start < m.end)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let at = 0;
  for (const m of shown) {
    if (m.start < at || m.end > bytes.length) continue;
    out.append(decode(at, m.start));
    const mark = el('mark', { class: m.statement === hl ? 'current' : null, 'data-claim': m.statement, title: m.speaker || '' },
      link('#/claim/' + m.statement, decode(m.start, m.end)));
    out.append(mark);
    at = m.end;
  }
  out.append(decode(at, bytes.length));
  return out;
}

async function documentView(id, params) {
  const d = await api('documents/' + id);
  const url = d.url && /^https?:\/\//i.test(d.url) ? link(d.url, d.url, { rel: 'noopener noreferrer nofollow', target: '_blank' }) : d.url;
  const body = articleText(d.text || '', d.mentions, params.get('hl') || '');
  setTimeout(() => { const m = body.querySelector('mark.current'); if (m) m.scrollIntoView({ block: 'center' }); }, 0);
  return [
    el('h1', {}, d.title || d.path),
    el('dl', { class: 'facts' }, el('dt', {}, 'Outlet'), el('dd', {}, d.outlet || '—'), el('dt', {}, 'Date'), el('dd', {}, d.date || 'undated'),
      el('dt', {}, 'Address'), el('dd', {}, url || '—'), el('dt', {}, 'Claims'), el('dd', {}, d.statements)),
    el('p', {}, link('#/graph?document=' + d.id, 'Draw this article')),
    d.text ? body : el('p', { class: 'muted' }, 'No text stored (the document came from a graph file).'),
  ];
}

async function sourceView(id) {
  const [s, claims] = await Promise.all([api('sources/' + id), api('claims?' + query({ source: id, per_page: 200 }))]);
  // the other source picked by name: the list of every source (its id is what is sent),
  // read when the field is first used rather than with the page
  const names = el('datalist', { id: 'source-names' });
  const others = el('input', { placeholder: 'the same source elsewhere: a name or an id', size: 30, id: 'merge-other', list: 'source-names',
    onfocus: async () => {
      if (names.children.length) return;
      names.replaceChildren(...(await api('sources')).filter((x) => x.id !== s.id)
        .map((x) => el('option', { value: x.id }, `${x.name} (${x.type}${x.role ? ', ' + x.role : ''})`)));
    } });
  const alias = el('select', { id: 'split-alias' }, s.aliases.map((a) => el('option', { value: a }, a)));
  return [
    el('h1', {}, s.name),
    el('dl', { class: 'facts' }, el('dt', {}, 'Type'), el('dd', {}, s.type), el('dt', {}, 'Role'), el('dd', {}, s.role || '—'),
      el('dt', {}, 'Also written'), el('dd', {}, s.aliases.length <= 12 ? (s.aliases.join('; ') || '—')
        : el('details', {}, el('summary', {}, s.aliases.slice(0, 12).join('; ') + `; and ${s.aliases.length - 12} more`), s.aliases.slice(12).join('; '))),
      el('dt', {}, 'Speaks for'), el('dd', {}, s.speaks_for ? sourceLink(s.speaks_for) : '—'),
      el('dt', {}, 'Seen in'), el('dd', {}, plural(s.documents, 'document') + ', ' + plural(s.statements, 'claim'))),
    el('div', { class: 'actions' }, names, others,
      correction('Merge into this source', async () => { await post('sources/merge', { keep: s.id, other: others.value.trim() }); }),
      s.aliases.length ? [alias, correction('Split off as its own source', async () => {
        const r = await post('sources/split', { source: s.id, alias: alias.value });
        return '#/source/' + r.source;
      })] : null),
    el('h2', {}, 'Claims over time'),
    el('table', { id: 'source-claims' }, el('tbody', {}, claims.claims.map((c) => el('tr', {},
      el('td', { class: 'date' }, c.first_appearance ? c.first_appearance.date : 'undated'), el('td', {}, c.cue), el('td', {}, claimLink(c.id, c.text)))))),
    claims.total > claims.claims.length ? el('p', { class: 'muted' }, `the first ${claims.claims.length} of ${claims.total}`) : null,
    el('h2', {}, 'Mentions'),
    el('table', {}, el('tbody', {}, s.mentions.map((m) => el('tr', {},
      el('td', { class: 'date' }, m.date || 'undated'), el('td', {}, link('#/document/' + m.document + '?hl=' + m.statement, m.outlet || short(m.document))),
      el('td', {}, m.words), el('td', { class: 'muted' }, m.identity.map((i) => i.basis).join(', ') || 'name as written'))))),
    el('h2', {}, 'Around this source'), await drawn('graph?' + query({ focus: s.id, depth: 1 })),
  ];
}

async function sourcesView(params) {
  const all = await api('sources?' + query({ q: params.get('q') || '' }));
  const { items: list, pager } = pageOf(all, params, '#/sources', 100);
  const q = el('input', { type: 'search', name: 'q', value: params.get('q') || '', placeholder: 'name or id' });
  return [
    el('h1', {}, plural(all.length, 'source')),
    el('form', { class: 'filters', onsubmit: (ev) => { ev.preventDefault(); location.hash = '#/sources?' + query({ q: q.value }); } }, q, el('button', { type: 'submit' }, 'Find')),
    el('table', { id: 'sources' }, el('thead', {}, el('tr', {}, ['Name', 'Type', 'Role', 'Documents', 'Claims'].map((h, i) => el('th', { class: i >= 3 ? 'num' : null }, h)))),
      el('tbody', {}, list.map((s) => el('tr', {}, el('td', {}, sourceLink(s)), el('td', {}, s.type), el('td', {}, s.role || ''),
        el('td', { class: 'num' }, s.documents), el('td', { class: 'num' }, s.statements))))),
    pager,
  ];
}

async function documentsView(params) {
  const all = await api('documents');
  const { items: list, pager } = pageOf(all, params, '#/documents', 100);
  return [el('h1', {}, plural(all.length, 'document')), pager,
    el('table', { id: 'document-list' }, el('tbody', {}, list.map((d) => el('tr', {}, el('td', { class: 'date' }, d.date || 'undated'), el('td', {}, d.outlet || ''),
      el('td', {}, link('#/document/' + d.id, d.title || d.path)), el('td', { class: 'num' }, plural(d.statements, 'claim')))))), pager];
}

// One page of a long list, and the links to the others (`hash`: the view's address).
function pageOf(list, params, hash, size) {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const page = Math.min(pages, Math.max(1, Number(params.get('page')) || 1));
  const goto = (n) => { const p = new URLSearchParams(params); p.set('page', n); return hash + '?' + p.toString(); };
  const pager = pages > 1 ? el('div', { class: 'pager' },
    page > 1 ? link(goto(page - 1), '← previous') : null,
    el('span', { class: 'muted' }, `page ${page} of ${pages}`),
    page < pages ? link(goto(page + 1), 'next →') : null) : null;
  return { items: list.slice((page - 1) * size, page * size), pager };
}

async function disputesView(params) {
  const all = await api('disputes');
  const { items: list, pager } = pageOf(all, params, '#/disputes', 50);
  return [el('h1', {}, plural(all.length, 'dispute')), pager, list.map((d) => [
    el('p', { class: 'muted' }, `${d.basis}${d.measure ? ' (' + d.measure + ')' : ''}${d.confirmed ? ', confirmed' : ''}`),
    el('div', { class: 'sides' }, sideBox(d.from, false), sideBox(d.to, false))]), pager];
}

async function timelineView(params) {
  const all = await api('timeline');
  const { items: list, pager } = pageOf(all, params, '#/timeline', 10);
  const first = all.indexOf(list[0]);
  const charts = await Promise.all(list.map((t, i) => api('timeline/chart?n=' + (first + i))));
  return [el('h1', {}, 'Figures over time'), pager, list.length ? list.map((t, i) => [
    el('h2', {}, `${t.measure} — ${plural(t.points.length, 'figure')} from ${plural(t.sources, 'source')}`),
    diagram(charts[i]),
    t.points.length > 40 ? el('p', { class: 'muted' }, `the first 40 of ${t.points.length} figures`) : null,
    el('table', {}, el('tbody', {}, t.points.slice(0, 40).map((p) => el('tr', {}, el('td', { class: 'date' }, p.date || 'undated'),
      el('td', { class: 'num' }, (p.qualifier ? p.qualifier + ' ' : '') + p.value), el('td', {}, sourceLink(p.source)),
      el('td', {}, claimLink(p.statement, p.text)), el('td', { class: 'muted' }, p.revised_from !== null ? 'revised from ' + p.revised_from : '')))))])
    : el('p', { class: 'muted' }, 'No figures were found.'), pager];
}

async function graphView(params) {
  const focus = el('input', { name: 'focus', value: params.get('focus') || '', placeholder: 'id of a claim, source or document', size: 24 });
  const depth = el('select', { name: 'depth' }, [1, 2, 3, 4].map((n) => el('option', { value: n, selected: String(n) === (params.get('depth') || '2') }, `${n} step${n > 1 ? 's' : ''}`)));
  const disputed = el('input', { type: 'checkbox', name: 'disputed', checked: params.get('disputed') === '1' });
  const svg = await drawn('graph?' + query({ focus: params.get('focus') || '', document: params.get('document') || '', depth: params.get('depth') || '', disputed: params.get('disputed') || '', legend: 1 }));
  return [el('h1', {}, 'Graph'),
    el('form', { class: 'filters', onsubmit: (ev) => {
      ev.preventDefault();
      location.hash = '#/graph?' + query({ focus: focus.value.trim(), depth: depth.value, disputed: disputed.checked ? '1' : '' });
    } }, el('label', {}, 'Around', focus), el('label', {}, 'Depth', depth), el('label', {}, 'Disputed only', disputed), el('button', { type: 'submit' }, 'Draw')),
    el('p', { class: 'muted' }, 'Without a focus the whole graph is drawn, grouped by outlet when it is large. Click a node to open it.'),
    svg];
}

// ---- routing and live updates --------------------------------------------------------

async function route() {
  const hash = location.hash || '#/claims';
  const [path, q] = hash.slice(1).split('?');
  const params = new URLSearchParams(q || '');
  const parts = path.split('/').filter(Boolean);
  const name = parts[0] || 'claims', id = parts[1];
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.view === name || (a.dataset.view + 's') === name.replace(/s?$/, 's') && !id);
  const views = {
    claims: () => claimsView(params), claim: () => claimView(id), source: () => sourceView(id), sources: () => sourcesView(params),
    document: () => documentView(id, params), documents: () => documentsView(params), disputes: () => disputesView(params),
    timeline: () => timelineView(params), graph: () => graphView(params),
  };
  const started = performance.now();
  try {
    clearError();
    const content = await (views[name] || views.claims)();
    view.replaceChildren(...[content].flat(3).filter(Boolean));
    document.title = `claimgraph — ${view.querySelector('h1') ? view.querySelector('h1').textContent : name}`;
  } catch (e) {
    view.replaceChildren(el('h1', {}, 'Not found'), el('p', {}, String(e.message)));
  }
  view.dataset.loadedMs = String(Math.round(performance.now() - started));
  view.dataset.ready = hash;
}

async function checkVersion(accept) {
  try {
    const v = await api('version');
    readOnly = v.read_only;
    document.getElementById('mode').textContent = v.read_only ? 'read-only' : '';
    if (version === null || accept) version = v.version;
    else if (v.version !== version) document.getElementById('fresh').hidden = false;
  } catch (e) { /* the server is gone or restarting: say nothing until it answers */ }
}

document.getElementById('reload').addEventListener('click', async () => {
  document.getElementById('fresh').hidden = true;
  await checkVersion(true);
  route();
});

window.addEventListener('hashchange', route);
checkVersion(true).then(route);
setInterval(() => checkVersion(false), 2000);
