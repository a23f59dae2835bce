using CountryRelations.Persistence;
using CountryRelations.Replicas;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Api.Transport;

/// <summary>
/// Read-your-writes over read replicas. A mutation reads from the primary. Its response carries the primary's write
/// position, in the <see cref="Header"/> header and a same-site cookie; a later request that sends either back is
/// served by a standby only once that standby has replayed so far (else by the primary). Without replicas this does
/// nothing, and a position a client made up can only send its reads to the primary.
/// </summary>
public sealed class ReadYourWrites(ReadContexts reads, IDbContextFactory<CountryRelationsDbContext> primary)
{
    /// <summary>Response and request header holding the write position.</summary>
    public const string Header = "CountryRelations-Read-After";

    /// <summary>Cookie holding the write position, for browsers.</summary>
    public const string Cookie = "countryrelations-read-after";

    // Replication normally catches up within a second; past this, a standby serves the client again.
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Starts the request's read route from the write position it carries, if any.</summary>
    public ReadRoute Begin(HttpRequest request)
    {
        if (!reads.HasReplicas)
        {
            return ReadContexts.Begin();
        }

        var text = request.Headers[Header].FirstOrDefault() ?? request.Cookies[Cookie];
        return ReadContexts.Begin(WritePosition.TryParse(text, out var position) ? position : null);
    }

    /// <summary>A listener that sends every read of a mutation to the primary (it runs once the operation is chosen, persisted documents included).</summary>
    public static IDocumentExecutionListener For(ReadRoute route) => new MutationListener(route);

    /// <summary>After a mutation, hands the client the primary's write position, which covers everything it wrote.</summary>
    public async Task IssueAsync(HttpResponse response, ReadRoute route, CancellationToken cancellationToken)
    {
        if (!reads.HasReplicas || !route.Writes || response.HasStarted)
        {
            return;
        }

        await using var db = await primary.CreateDbContextAsync(cancellationToken);
        // The insert position, not pg_current_wal_lsn() (what is written out so far): with synchronous_commit off the
        // write's commit record may not be written yet, and a standby that replayed to the write position lacks it.
        var text = await db.Database.SqlQuery<string>($"SELECT pg_current_wal_insert_lsn()::text AS \"Value\"").SingleAsync(cancellationToken);
        response.Headers[Header] = text;
        response.Cookies.Append(Cookie, text, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = CookieLifetime,
            Path = GraphQLHttpEndpoint.Path,
        });
    }

    private sealed class MutationListener(ReadRoute route) : DocumentExecutionListenerBase
    {
        public override Task BeforeExecutionAsync(IExecutionContext context)
        {
            if (context.Operation.Operation == OperationType.Mutation)
            {
                route.Write();
            }

            return Task.CompletedTask;
        }
    }
}
