// GraphiQL in headless Chromium with no network beyond the server: the page loads from the server alone,
// introspects the schema, runs a query and shows its result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const url = process.env.COUNTRYRELATIONS_GRAPHQL_URL;
assert.ok(url, 'Set COUNTRYRELATIONS_GRAPHQL_URL to the server\'s /graphql address.');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

test('GraphiQL loads offline, introspects and runs a query', async () => {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext();
    const origin = new URL(url).origin;
    const foreign = [];
    // No network: anything not addressed to the server is refused and remembered.
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) {
        return route.continue();
      }
      foreign.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const query = '{ country(code: "KP") { nameEn nameFr } }';
    const response = await page.goto(url);
    assert.equal(response.status(), 200);
    await page.waitForSelector('.graphiql-container', { timeout: 30000 });

    // Replace the editor's text with our query, then run it.
    const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
    await editor.waitFor({ timeout: 30000 });
    await page.evaluate((text) => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text), query);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response .CodeMirror');
    await page.waitForFunction(() => {
      const element = document.querySelector('.graphiql-response .CodeMirror');
      return element && element.CodeMirror.getValue().includes('nameFr');
    }, null, { timeout: 30000 });
    const text = await result.evaluate((element) => element.CodeMirror.getValue());
    const json = JSON.parse(text);
    assert.ok(json.data, text);
    assert.equal(json.data.country.nameEn, "Korea, Democratic People's Republic of");

    // The documentation explorer has the schema: introspection worked through the same fetcher.
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
    await page.waitForSelector('.graphiql-doc-explorer', { timeout: 30000 });

    assert.deepEqual(foreign, [], `the page tried to reach: ${foreign.join(', ')}`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
