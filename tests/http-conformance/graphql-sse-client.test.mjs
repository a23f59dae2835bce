// The graphql-sse client (distinct connections mode) against the server's event streams: a query answers once,
// and a subscription delivers a revision published while it is open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-sse';

const url = process.env.COUNTRYRELATIONS_GRAPHQL_URL;
const token = process.env.COUNTRYRELATIONS_EDITOR_TOKEN;
const publisher = process.env.COUNTRYRELATIONS_PUBLISHER;
const client = createClient({ url, singleConnection: false, retryAttempts: 0 });

test('a query over an event stream answers once', async () => {
  const results = [];
  for await (const result of client.iterate({ query: '{ countries(search: "Senegal") { code } }' })) {
    results.push(result);
  }
  assert.deepEqual(results, [{ data: { countries: [{ code: 'SN' }] } }]);
});

test('a subscription delivers a revision published while it is open', async () => {
  const subscription = client.iterate({
    query: 'subscription($p: String) { revisionRecorded(publisher: $p) { id publishedOn profile { country { code } } } }',
    variables: { p: publisher },
  });
  const first = subscription.next();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const published = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($input: PublishRevisionInput!) { publishRevision(input: $input) { id } }',
      variables: { input: { country: 'SN', publisher, publishedOn: '2016-04-01', recordedBy: 'graphql-sse test', sections: [{ heading: 'Political relations', body: 'Live from graphql-sse.' }] } },
    }),
  }).then((r) => r.json());
  const { value } = await Promise.race([first, new Promise((_, reject) => setTimeout(() => reject(new Error('no event within 10 s')), 10000))]);
  await subscription.return();
  assert.equal(value.data.revisionRecorded.id, published.data.publishRevision.id);
  assert.equal(value.data.revisionRecorded.profile.country.code, 'SN');
});
