// The auditors' workbench in headless Chromium with no network beyond the server: a deep link to the two North
// Korea revisions shows the trade figure change, the chart renders, an auditor's token shows integrity, a revision
// published meanwhile appears on the open timeline, axe-core finds no serious violation; a screenshot is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const url = process.env.COUNTRYRELATIONS_GRAPHQL_URL;
const origin = new URL(url).origin;
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const publisher = process.env.COUNTRYRELATIONS_PUBLISHER;

async function open(path) {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // The page's policy forbids inline scripts, as it should; the accessibility scan is injected past it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 1600 }, bypassCSP: true });
  const foreign = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    foreign.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(origin + path);
  assert.equal(response.status(), 200);
  await page.waitForSelector('body[data-ready=true]', { timeout: 30000 });
  return { browser, page, foreign, errors };
}

async function publish(date, body, country = 'SN') {
  const result = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.COUNTRYRELATIONS_EDITOR_TOKEN}` },
    body: JSON.stringify({
      query: 'mutation($input: PublishRevisionInput!) { publishRevision(input: $input) { id } }',
      variables: { input: { country, publisher, publishedOn: date, recordedBy: 'workbench test', sections: [{ heading: 'Economic relations', body }] } },
    }),
  }).then((r) => r.json());
  assert.ok(result.data?.publishRevision?.id, JSON.stringify(result));
}

test('a deep link compares the North Korea revisions: the trade figure change is highlighted and the chart renders', async () => {
  const { browser, page, foreign, errors } = await open('/audit/KP/FR-MFA/en/2016-03-23..2017-01-01');
  try {
    await page.waitForSelector('#figure-changes li', { timeout: 30000 });
    const figures = await page.locator('#figure-changes').innerText();
    assert.match(figures, /€6\.4 million \(2014\) → €8\.2 million \(2016\)/);
    assert.ok(await page.locator('del', { hasText: '6.4' }).count() > 0, 'the old figure is marked deleted');
    assert.ok(await page.locator('ins', { hasText: '8.2' }).count() > 0, 'the new figure is marked inserted');
    await page.waitForSelector('#chart[data-points]', { timeout: 30000 });
    assert.ok(Number(await page.locator('#chart').getAttribute('data-points')) > 0);
    assert.ok((await page.locator('#chart').boundingBox()).height > 50);

    await page.locator('#auth summary').click();
    await page.locator('#auth input[name=token]').fill(process.env.COUNTRYRELATIONS_AUDITOR_TOKEN);
    await page.locator('#save-token').click();
    await page.waitForFunction(() => document.querySelector('#integrity')?.textContent?.startsWith('History intact'), null, { timeout: 30000 });
    assert.equal(await page.evaluate(() => sessionStorage.getItem('countryrelations-token')), process.env.COUNTRYRELATIONS_AUDITOR_TOKEN);

    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const results = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.help}`), []);

    mkdirSync(new URL('./artifacts/', import.meta.url), { recursive: true });
    await page.screenshot({ path: new URL('./artifacts/workbench.png', import.meta.url).pathname, fullPage: true });
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('revisions published while the timeline is open appear on it, over the one stream it opened', async () => {
  await publish('2016-01-01', 'Trade grew by €5 million.');
  const { browser, page, errors } = await open(`/audit/SN/${encodeURIComponent(publisher)}/en`);
  try {
    await page.waitForSelector('#timeline tbody tr', { timeout: 30000 });
    assert.equal(await page.locator('#timeline tbody tr').count(), 1);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // Every event stream the page opens from now on: a live event must refresh the page, not reopen its stream.
    const streams = [];
    page.on('request', (request) => { if ((request.headers().accept ?? '').includes('text/event-stream')) streams.push(request.url()); });
    await publish('2017-01-01', 'Trade grew by €7 million.');
    await page.waitForFunction(() => document.querySelectorAll('#timeline tbody tr').length === 2, null, { timeout: 10000 });
    assert.match(await page.locator('#timeline tbody tr:last-child').innerText(), /2017-01-01/);
    await publish('2018-01-01', 'Trade grew by €9 million.');
    await page.waitForFunction(() => document.querySelectorAll('#timeline tbody tr').length === 3, null, { timeout: 10000 });
    assert.deepEqual(streams, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("an editor sees the profile's sources and their captures, and a check now is logged at once", async () => {
  // The server under test may not fetch loopback: the check is refused, which is what the log must then show.
  const added = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.COUNTRYRELATIONS_EDITOR_TOKEN}` },
    body: JSON.stringify({
      query: 'mutation($i: AddSourceInput!) { addSource(input: $i) { id } }',
      variables: { i: { url: `http://127.0.0.1:9/${publisher}/senegal`, publisher, country: 'SN', language: 'en', every: 'P7D' } },
    }),
  }).then((r) => r.json());
  assert.ok(added.data?.addSource?.id, JSON.stringify(added));
  const { browser, page, errors } = await open(`/audit/SN/${encodeURIComponent(publisher)}/en`);
  try {
    await page.waitForSelector('#sources-section:not([hidden])', { timeout: 30000 });
    assert.match(await page.locator('#sources-note').innerText(), /editor's token/);
    await page.locator('#auth summary').click();
    await page.locator('#auth input[name=token]').fill(process.env.COUNTRYRELATIONS_EDITOR_TOKEN);
    await page.locator('#save-token').click();
    await page.waitForSelector('#sources article.source button', { timeout: 30000 });
    assert.match(await page.locator('#sources article.source h3').innerText(), /127\.0\.0\.1:9/);
    await page.locator('#sources article.source button').click();
    await page.waitForSelector('#sources tr.outcome-FETCH_FAILED', { timeout: 30000 });
    assert.match(await page.locator('#sources-note').innerText(), /fetch failed/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a comparison holding a 90,000-character word stays as wide as the window', async () => {
  await publish('2001-01-01', 'Trade grew.', 'TH');
  await publish('2002-01-01', 'Trade grew. ' + 'x'.repeat(90000), 'TH');
  const { browser, page, errors } = await open(`/audit/TH/${encodeURIComponent(publisher)}/en/2001-01-01..2002-01-01`);
  try {
    await page.waitForSelector('#sections ins', { timeout: 30000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 1280, `the page is ${width} px wide`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
