namespace CountryRelations.Bench.Suite;

/// <summary>
/// One question asked three ways: the hand-written SQL for pgbench (with <c>\set</c> lines drawing its parameters),
/// the GraphQL request to the server, and, where one exists, the GraphQL request to the peer.
/// </summary>
public sealed record Shape(string Name, string Description, string Sql, Func<Random, string> Server, Func<Random, string>? Peer = null);
