// Starts GraphiQL against this server. Every request carries GraphQL-Require-Preflight (the server refuses
// simple cross-site requests without it); a bearer token goes in the Headers tab: {"Authorization": "Bearer …"}.
(function () {
  var parameters = new URLSearchParams(window.location.search);
  var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'GraphQL-Require-Preflight': '1' } });
  var defaultQuery = '# What did the profile say on 1 April 2016?\n{\n  profile(country: "KP", asOf: "2016-04-01") {\n    publishedOn\n    sections { topic heading body }\n  }\n}\n';
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    query: parameters.get('query') || undefined,
    shouldPersistHeaders: false,
  }));
})();
