// The public GraphQL-over-HTTP audit suite (graphql-http's serverAudits) against a running server.
// Every MUST has to pass. A SHOULD or MAY may fail only if should-exceptions.json lists it with the reason
// (the README repeats that list); a listed audit that starts passing fails too, so the list stays true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAudits } from 'graphql-http';

const url = process.env.COUNTRYRELATIONS_GRAPHQL_URL;
assert.ok(url, 'Set COUNTRYRELATIONS_GRAPHQL_URL to the server\'s /graphql address.');
const exceptions = JSON.parse(readFileSync(new URL('./should-exceptions.json', import.meta.url), 'utf8'));

// Browsers and our own clients send this header on every request; the server refuses GETs without it (CSRF).
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('GraphQL-Require-Preflight', '1');
  return fetch(input, { ...init, headers });
};

for (const audit of serverAudits({ url, fetchFn })) {
  test(`${audit.id} ${audit.name}`, async () => {
    const result = await audit.fn();
    const excused = exceptions[audit.id];
    if (audit.name.startsWith('MUST')) {
      assert.equal(result.status, 'ok', result.reason);
    } else if (excused) {
      assert.notEqual(result.status, 'ok', `${audit.id} passes now: remove it from should-exceptions.json and the README.`);
    } else {
      assert.equal(result.status, 'ok', result.reason);
    }
  });
}
