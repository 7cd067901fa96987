// claimgraph serve in real headless Chromium, driven by playwright-core: search a claim,
// open it, see its sentence highlighted in the article, follow the trace to the origin,
// merge two sources and see every view change, see new data arrive from an ingest, and
// open the hostile article with nothing in it running. Run by serve_in_chromium.py, which
// starts the server on the Sosnovka case and passes what it needs in the environment.
'use strict';
const { execFileSync } = require('child_process');
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

const base = process.env.BASE_URL;
const shots = process.env.SCREENSHOTS || '';
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`);
  if (!ok) failures++;
}

async function open(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => document.getElementById('view').dataset.ready === h, hash, { timeout: 15000 });
}

async function shot(page, name) {
  if (shots) await page.screenshot({ path: `${shots}/serve-${name}.png`, fullPage: false });
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  // a failed request is reported below with its address; every other console error counts
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text()); });
  const expected404 = new Set();
  page.on('response', (r) => { if (r.status() >= 400 && !expected404.has(r.url())) problems.push(`${r.status()} for ${r.url()}`); });
  page.on('dialog', async (d) => { problems.push('a dialog opened: ' + d.message()); await d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push('request elsewhere: ' + r.url()); });

  // 1. search a claim
  await page.goto(base);
  await page.waitForSelector('#claims tbody tr');
  const all = await page.$$eval('#claims tbody tr', (rows) => rows.length);
  await page.fill('#search', 'drones');
  await page.click('form.filters button[type=submit]');
  await page.waitForFunction(() => (document.getElementById('view').dataset.ready || '').includes('q=drones'));
  const found = await page.$$eval('#claims tbody tr td:nth-child(3)', (cells) => cells.map((c) => c.textContent));
  check(found.length > 0 && found.length < all, `search "drones" narrows ${all} claims to ${found.length}`);
  check(found.every((t) => /drone/i.test(t)), 'every claim found speaks of drones');
  await shot(page, 'claims');

  // 2. open it: its words, its documents
  await page.click('#claims tbody tr:first-child td:nth-child(3) a');
  await page.waitForSelector('#claim-text');
  const words = await page.textContent('#claim-text');
  check(words.trim() === found[0].trim(), 'the claim page shows the claim\'s words');
  const docs = await page.$$eval('#documents tbody tr', (rows) => rows.length);
  check(docs >= 1, `the claim is carried by ${docs} documents, listed`);
  await page.waitForSelector('.diagram svg g.node');
  await shot(page, 'claim');
  const claimHash = await page.evaluate(() => location.hash);

  // 3. the sentence highlighted inside the article, scrolled to
  const mention = await page.textContent('#documents tbody tr:first-child td:nth-child(3)');
  await page.click('#documents tbody tr:first-child td:nth-child(2) a');
  await page.waitForSelector('mark.current');
  const marked = await page.textContent('mark.current');
  check(marked === mention, `the highlighted words are the mention's ("${marked.slice(0, 50)}…")`);
  const inView = await page.$eval('mark.current', (m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
  check(inView, 'the page is scrolled to the highlighted sentence');
  await shot(page, 'document');

  // 4. follow the trace to the origin: the origin's node in the diagram leads to its page
  await open(page, claimHash);
  await page.waitForSelector('.diagram svg g.node');
  const origin = await page.$eval('dl.facts', (dl) => {
    const dt = [...dl.querySelectorAll('dt')].find((d) => d.textContent === 'Origins');
    const a = dt && dt.nextElementSibling.querySelector('a');
    return a ? a.getAttribute('href').split('/').pop() : '';
  });
  check(origin !== '', `the trace names an origin (${origin.slice(0, 10)})`);
  const node = await page.$(`.diagram g.node[id="${origin}"]`);
  check(node !== null, 'the origin is a node of the trace diagram');
  if (node) {
    await node.click();
    await page.waitForFunction((o) => (document.getElementById('view').dataset.ready || '') === `#/source/${o}`, origin);
    const name = await page.textContent('h1');
    check(name.length > 0, `clicking the origin's node opens its page (${name})`);
    await shot(page, 'source');
  }

  // 5. merge two sources: the Russian officials into the Russian Ministry of Defense
  const sources = JSON.parse(await page.evaluate(async () => JSON.stringify(await (await fetch('/api/sources')).json())));
  const keep = sources.find((s) => s.name === 'Russian Ministry of Defense');
  const other = sources.find((s) => s.name === 'Russian officials');
  check(keep && other, 'the two sources to merge exist');
  if (keep && other) {
    await open(page, '#/source/' + keep.id);
    const before = await page.$$eval('#source-claims tbody tr', (r) => r.length);
    await page.fill('#merge-other', other.id);
    await page.click('text=Merge into this source');
    await page.waitForFunction((n) => document.querySelectorAll('#source-claims tbody tr').length > n, before);
    const after = await page.$$eval('#source-claims tbody tr', (r) => r.length);
    check(after === before + other.statements, `the merged source's claims (${before} + ${other.statements}) are now ${after}`);
    expected404.add(new URL('/api/sources/' + other.id, base).href);
    await open(page, '#/source/' + other.id);
    check((await page.textContent('h1')) === 'Not found', 'the merged-away source is gone');
    await open(page, '#/claims?' + new URLSearchParams({ source: keep.id }).toString());
    const listed = await page.$$eval('#claims tbody tr td:first-child', (c) => c.map((x) => x.textContent));
    check(listed.length === after && listed.every((n) => n === keep.name), 'the claims list gives every one of them to the merged source');
  }

  // 5b. a match rejected: the document's mention leaves the claim, at once
  await open(page, claimHash);
  await page.waitForSelector('#documents tbody tr');
  const carried = await page.$$eval('#documents tbody tr', (r) => r.length);
  if (carried > 1) {
    await page.click('#documents tbody tr:nth-child(2) button:has-text("Confirm")');
    await page.waitForSelector('#documents tbody tr:nth-child(2) .tag.confirmed');
    check(true, 'a confirmed match says so at once');
    await page.click('#documents tbody tr:last-child button:has-text("Reject")');
    await page.waitForFunction((n) => document.querySelectorAll('#documents tbody tr').length === n - 1, carried);
    check(true, `a rejected match leaves the claim (${carried} documents → ${carried - 1})`);
  } else {
    check(false, 'the claim opened has more than one document to reject');
  }

  // 5c. a curated dispute added from the claim's page shows on both claims
  const disputesBefore = await page.$$eval('.sides', (s) => s.length);
  const another = found[found.length - 1];
  const anotherId = await page.evaluate(async (t) => (await (await fetch('/api/claims?q=' + encodeURIComponent(t.split(' ').slice(0, 4).join(' ')))).json()).claims[0].id, another);
  await page.fill('input[name=other]', anotherId);
  await page.fill('input[name=note]', 'checked by the desk');
  await page.click('button:has-text("Add a dispute")');
  await page.waitForFunction((n) => document.querySelectorAll('.sides').length === n + 1, disputesBefore);
  check(true, `a curated dispute shows on the claim at once (${disputesBefore} → ${disputesBefore + 1})`);

  // 6. new data from an ingest beside the server: a notice, and the view refreshed on click
  await open(page, '#/claims');
  const total = await page.textContent('h1');
  execFileSync(process.env.CLAIMGRAPH, ['ingest', '-q', '--db', process.env.DB, process.env.LATE_ARTICLE]);
  await page.waitForSelector('#fresh:not([hidden])', { timeout: 10000 });
  check(true, 'the page says new data was stored');
  await page.click('#reload');
  await page.waitForFunction((t) => document.querySelector('h1').textContent !== t, total);
  check(true, `after a click the list is redrawn (${total} → ${await page.textContent('h1')})`);

  // 7. the hostile article renders inert
  const hostile = JSON.parse(await page.evaluate(async () => JSON.stringify(await (await fetch('/api/documents')).json())))
    .find((d) => (d.title || '').includes('<script>'));
  check(hostile !== undefined, 'the hostile article was stored');
  if (hostile) {
    await open(page, '#/document/' + hostile.id);
    check((await page.textContent('h1')).includes('<script>alert(1)</script>'), 'its title shows as text');
    check((await page.$$('#view script, #view img, #view iframe')).length === 0, 'no script, image or frame came from its text');
    check((await page.$$('#view a[href^="javascript:"]')).length === 0, 'its javascript: address is no link');
    check((await page.textContent('#article')).includes('<img src=x onerror=alert(1)>'), 'its markup shows as text');
    await open(page, '#/graph?' + new URLSearchParams({ focus: hostile.id, depth: '2' }).toString());
    check((await page.$$('.diagram svg g.node')).length > 0, 'its diagram draws');
    check((await page.$$('#view script')).length === 0, 'no script in its diagram');
    await open(page, '#/claims?q=bridge');
    await page.waitForSelector('#claims tbody tr');
  }
  await open(page, '#/graph');
  await page.waitForSelector('.diagram svg g.node');
  await shot(page, 'graph');
  await open(page, '#/disputes');
  check((await page.$$('.sides')).length > 0, 'the disputes are drawn side by side');
  await shot(page, 'disputes');
  await open(page, '#/timeline');
  check((await page.$$('#view table tr')).length > 0, 'the timeline lists figures');
  await shot(page, 'timeline');

  check(problems.length === 0, 'no page error, console error, dialog or request elsewhere' + (problems.length ? ': ' + problems.join('; ') : ''));
  await browser.close();
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error('FAIL: ' + (e && e.stack ? e.stack : e)); process.exit(1); });
