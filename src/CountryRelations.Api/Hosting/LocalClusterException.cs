namespace CountryRelations.Api.Hosting;

/// <summary>The server's own PostgreSQL cannot be set up or started here (not installed, a folder it cannot reach, initdb or pg_ctl failing): nothing starts.</summary>
public sealed class LocalClusterException(string message) : Exception(message);
