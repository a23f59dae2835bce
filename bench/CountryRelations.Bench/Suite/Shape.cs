namespace CountryRelations.Bench.Suite;

/// <summary>
/// One question asked every way the suite can: the hand-written SQL for pgbench (with <c>\set</c> lines drawing its
/// parameters), the GraphQL request to the server, where one exists the request to the peer (otherwise why not), and
/// where the minimal endpoint answers it, its path (it reads the server's own request body).
/// </summary>
public sealed record Shape(
    string Name, string Description, string Sql, Func<Random, string> Server, Func<Random, string>? Peer = null, string? MinimalPath = null, string? NoPeer = null);
