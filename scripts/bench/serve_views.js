// Each view of claimgraph serve's page in headless Chromium, `ROUNDS` times: the time from
// the navigation to the view drawn (the page's own measure, data-loaded-ms, plus the wait
// seen here), p95 per view in milliseconds, as `name: value unit` lines.
'use strict';
const { chromium } = require(process.env.PLAYWRIGHT_CORE);
const base = process.env.BASE_URL, rounds = Number(process.env.ROUNDS || 20);

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await page.waitForSelector('#claims tbody tr');
  const data = await page.evaluate(async () => {
    const j = async (p) => (await fetch('/api/' + p)).json();
    return { claims: (await j('claims?per_page=200')).claims, sources: await j('sources'), documents: await j('documents') };
  });
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const views = {
    claims: () => '#/claims?page=' + (1 + Math.floor(Math.random() * 5)),
    search: () => '#/claims?q=' + encodeURIComponent(pick(data.claims).text.split(' ').pop()),
    claim: () => '#/claim/' + pick(data.claims).id,
    source: () => '#/source/' + pick(data.sources).id,
    document: () => '#/document/' + pick(data.documents).id,
    sources: () => '#/sources?page=' + (1 + Math.floor(Math.random() * 5)),
    documents: () => '#/documents?page=' + (1 + Math.floor(Math.random() * 5)),
    disputes: () => '#/disputes?page=' + (1 + Math.floor(Math.random() * 5)),
    timeline: () => '#/timeline?page=' + (1 + Math.floor(Math.random() * 3)),
    graph: () => '#/graph?depth=2&focus=' + pick(data.claims).id,
  };
  const all = [];
  for (const [name, next] of Object.entries(views)) {
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const hash = next() + (next().includes('?') ? '&' : '?') + 'r=' + i;  // a new address each time: the view is drawn again
      const start = Date.now();
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.waitForFunction((h) => document.getElementById('view').dataset.ready === h, hash, { timeout: 30000 });
      times.push(Date.now() - start);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(`serve_view_${name}_p95: ${times[Math.min(times.length - 1, Math.floor(0.95 * times.length))]} ms`);
  }
  all.sort((a, b) => a - b);
  console.log(`serve_view_all_p95: ${all[Math.min(all.length - 1, Math.floor(0.95 * all.length))]} ms`);
  await browser.close();
})().catch((e) => { console.error('bench-serve: ' + e); process.exit(1); });
