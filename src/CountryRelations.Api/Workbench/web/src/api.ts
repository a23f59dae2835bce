// The public GraphQL API, through persisted documents only: each typed document is sent by its id, its types generated
// from schema.graphql (src/generated, by GraphQL Code Generator at build time).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationDefinitionNode } from 'graphql';

export const endpoint = '/graphql';

const tokenKey = 'countryrelations-token';
let documentIds: Record<string, string> = {};

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Loads the ids of the persisted documents, by operation name. */
export async function loadDocumentIds(): Promise<void> {
  documentIds = (await (await fetch('/audit/assets/operations.json')).json()) as Record<string, string>;
}

/** The auditor's token kept in this tab's session storage, if any. */
export function token(): string | null {
  return sessionStorage.getItem(tokenKey);
}

/** Keeps (or, when empty, forgets) the auditor's token for this tab. */
export function keepToken(value: string): void {
  if (value) sessionStorage.setItem(tokenKey, value);
  else sessionStorage.removeItem(tokenKey);
}

/** The operation name of a document: the key of its persisted id. */
export function operationName(document: TypedDocumentNode<unknown, never>): string {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const name = operation?.name?.value;
  if (!name) throw new Error('A workbench document has no operation name.');
  return name;
}

/** The persisted id of `document`. */
export function documentId(document: TypedDocumentNode<unknown, never>): string {
  const id = documentIds[operationName(document)];
  if (!id) throw new Error(`${operationName(document)} is not a persisted document.`);
  return id;
}

/** Runs a persisted query; throws the first error as "CODE: message". */
export async function run<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, auth = false): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  const bearer = token();
  if (auth && bearer) headers.authorization = `Bearer ${bearer}`;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers,
    body: JSON.stringify({ documentId: documentId(document as TypedDocumentNode<unknown, never>), variables }),
  });
  const result = (await response.json()) as GraphQLResponse<TResult>;
  const first = result.errors?.[0];
  if (first) throw new Error(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
  if (!result.data) throw new Error(`The server answered ${response.status} with no data.`);
  return result.data;
}
