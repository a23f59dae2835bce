// Live changes over graphql-sse: one subscription per profile shown. A new revision refreshes the page's data while
// the subscription stays open; only showing another profile replaces it.
import { createClient, type RequestParams } from 'graphql-sse';
import { documentId, endpoint } from './api';
import { WorkbenchLiveDocument } from './generated/graphql';
import { profileOf, type View } from './view';

let following: { key: string; stop: () => void } | undefined;

export function follow(view: View, onRevision: () => void): void {
  const profile = profileOf(view);
  const key = JSON.stringify(profile);
  if (following?.key === key) return;
  following?.stop();
  const client = createClient({ url: endpoint, singleConnection: false, retryAttempts: 5 });
  // graphql-sse sends the request object as given; a persisted document travels as its id and no query (the
  // GraphQL-over-HTTP persisted-documents convention), which graphql-sse's type, written for text, cannot say.
  const request = { documentId: documentId(WorkbenchLiveDocument), variables: profile } as unknown as RequestParams;
  const stop = client.subscribe(request, { next: onRevision, error: () => undefined, complete: () => undefined });
  following = { key, stop };
}
