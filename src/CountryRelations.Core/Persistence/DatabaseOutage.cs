using System.Net.Sockets;
using Npgsql;

namespace CountryRelations.Persistence;

/// <summary>
/// Tells a database that cannot be reached (down, restarting, refusing connections) from a request that failed:
/// the first is answered <c>DATABASE_UNAVAILABLE</c> and may be retried, the second is a bug or a refusal.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>True when <paramref name="exception"/>, or one it wraps, says the database could not be reached.</summary>
    public static bool Is(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            switch (exception)
            {
                case PostgresException postgres:
                    // Connection exceptions, shutdown in progress, too many connections.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                // Npgsql raises a bare NpgsqlException (not a server's PostgresException) only when the connection
                // itself failed: refused, reset, closed mid-read, broken.
                case NpgsqlException:
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}
