using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.Hosting;
using CountryRelations.Api.Subscriptions;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CountryRelations.Tests.AnswerCaching;

/// <summary>
/// Anonymous answers are kept and served again; a revision announced by any instance, a mutation on this one, and the
/// maximum age each drop them; a token's answers are never kept. On a cluster of its own, so that no other test's
/// revisions drop the answers while this one watches them being kept.
/// </summary>
public sealed class AnswerCacheTests
{
    private const string Publishers = "{ publishers { code name } }";

    [Fact]
    public async Task Anonymous_answers_are_kept_until_a_revision_a_mutation_or_their_age_drops_them()
    {
        var folder = TempFolder.ForCluster("answers-");
        await using var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "postgres"), port: 0, stopOnDispose: true, throwaway: true);
        await cluster.CreateDatabaseAsync("answers");
        var (owner, application) = await DatabaseRoles.EnsureAsync(cluster.ConnectionString("answers"));
        var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["AnswerCache:MaxAge"] = "00:00:03" }, (application, owner));
        try
        {
            await server.Services.GetRequiredService<RevisionFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
            async Task<string> AnonymousAsync() => await (await server.PostAsync(Publishers, token: "")).Content.ReadAsStringAsync();
            async Task RenameAsync(string name)
            {
                // As the owner, with no announcement: only what drops kept answers can make it visible.
                await using var connection = new NpgsqlConnection(owner);
                await connection.OpenAsync();
                await using var rename = new NpgsqlCommand("UPDATE publishers SET name = $1 WHERE code = 'FR-MFA'", connection) { Parameters = { new() { Value = name } } };
                Assert.Equal(1, await rename.ExecuteNonQueryAsync());
            }

            // Kept: the same anonymous request is answered with the first answer's bytes.
            var first = await AnonymousAsync();
            await RenameAsync("Renamed by hand");
            var kept = await AnonymousAsync();
            var withToken = await (await server.PostAsync(Publishers)).Content.ReadAsStringAsync();
            Assert.Contains("\"code\":\"FR-MFA\"", first, StringComparison.Ordinal);
            Assert.Equal(first, kept);
            Assert.Contains("Renamed by hand", withToken, StringComparison.Ordinal);

            // A revision announced on the channel every instance listens to (here sent by hand) drops every kept answer.
            await using (var connection = new NpgsqlConnection(owner))
            {
                await connection.OpenAsync();
                await using var notify = new NpgsqlCommand($"SELECT pg_notify('{RevisionNotices.Channel}', '0')", connection);
                await notify.ExecuteNonQueryAsync();
            }

            string? afterNotice = null;
            await Poll.UntilAsync(() => (afterNotice = AnonymousAsync().GetAwaiter().GetResult()).Contains("Renamed by hand", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

            // A mutation run by this instance drops them at once, whatever it wrote (here: nothing, it was refused).
            await RenameAsync("Renamed again");
            var keptAgain = await AnonymousAsync();
            using var refused = await server.PostAsync("mutation { updatePublisher(input: { code: \"NO-SUCH\", name: \"x\" }) { code } }");
            var afterMutation = await AnonymousAsync();
            Assert.Equal(afterNotice, keptAgain);
            Assert.Contains("Renamed again", afterMutation, StringComparison.Ordinal);

            // No answer outlives its maximum age (here 3 s).
            await RenameAsync("Renamed last");
            Assert.DoesNotContain("Renamed last", await AnonymousAsync(), StringComparison.Ordinal);
            await Task.Delay(TimeSpan.FromSeconds(3.5));
            Assert.Contains("Renamed last", await AnonymousAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await server.StopAsync();
        }
    }

    [Fact]
    public async Task An_answer_that_can_never_change_outlives_what_drops_the_others()
    {
        var server = await TestServer.GetAsync();
        var answers = server.Services.GetRequiredService<AnswerCache>();
        var (pinnedKey, liveKey) = ("pinned " + Guid.NewGuid(), "live " + Guid.NewGuid());

        answers.Keep(answers.Current, pinnedKey, "{\"data\":1}"u8, "pinned", pinned: true);
        answers.Keep(answers.Current, liveKey, "{\"data\":2}"u8, "live", pinned: false);
        var keptPinned = answers.Find(pinnedKey);
        var keptLive = answers.Find(liveKey);
        // What a revision notice, a restarted LISTEN or a mutation does.
        answers.Clear();

        Assert.True(keptPinned is { Pinned: true });
        Assert.True(keptLive is { Pinned: false });
        Assert.Equal("{\"data\":1}"u8.ToArray(), answers.Find(pinnedKey)?.Bytes);
        Assert.Null(answers.Find(liveKey));
    }
}
