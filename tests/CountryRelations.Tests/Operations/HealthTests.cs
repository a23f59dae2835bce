using System.Net;
using CountryRelations.Persistence;
using CountryRelations.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CountryRelations.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_and_ready_answer_200_on_a_current_database()
    {
        var server = await TestServer.GetAsync();

        using var live = await server.Client.GetAsync(new Uri(server.GraphQLUri, "/health/live"));
        using var ready = await server.Client.GetAsync(new Uri(server.GraphQLUri, "/health/ready"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode));
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_503_while_a_migration_is_pending_and_live_stays_200()
    {
        var connection = await (await TestDatabase.GetAsync()).CreateScratchDatabaseAsync("pending");
        var options = new DbContextOptionsBuilder<CountryRelationsDbContext>();
        options.UseCountryRelationsStore(connection);
        await using (var db = new CountryRelationsDbContext(options.Options))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261129035753_FiniteDates");
        }

        var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" }, (connection, connection));
        try
        {
            using var live = await server.Client.GetAsync(new Uri(server.GraphQLUri, "/health/live"));
            using var ready = await server.Client.GetAsync(new Uri(server.GraphQLUri, "/health/ready"));

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable), (live.StatusCode, ready.StatusCode));
        }
        finally
        {
            await server.StopAsync();
        }
    }
}
