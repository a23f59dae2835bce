using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Api.Security;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Caching;

public sealed class ValidatedDocumentsTests
{
    [Fact]
    public async Task A_document_that_ran_is_kept_and_one_that_failed_validation_is_not()
    {
        var server = await TestServer.GetAsync();
        var documents = server.Services.GetRequiredService<ValidatedDocuments>();
        var marker = Guid.NewGuid().ToString("N");
        var valid = $"query Cached_{marker}($c: String!) {{ profile(country: $c) {{ publishedOn }} }}";
        var invalid = $"query Invalid_{marker} {{ noSuchField }}";

        Assert.Null((await server.QueryAsync(valid, new { c = "KP" }))["errors"]);
        Assert.NotNull((await server.QueryAsync(invalid))["errors"]);

        Assert.True(documents.TryGet(valid, out _));
        Assert.False(documents.TryGet(invalid, out _));
        // The kept document answers other variables, and bad variables are still refused.
        Assert.Null((await server.QueryAsync(valid, new { c = "Senegal" }))["errors"]);
        var missing = await server.QueryAsync(valid, new { });
        Assert.NotNull(missing["errors"]);
    }

    [Fact]
    public async Task A_kept_document_still_checks_the_callers_role()
    {
        var server = await TestServer.GetAsync();
        var marker = Guid.NewGuid().ToString("N");
        var audit = $"query Audit_{marker} {{ profile(country: \"KP\") {{ recordedBy }} }}";

        Assert.Null((await server.QueryAsync(audit, token: TestServer.Token(Roles.Auditor)))["errors"]);
        Assert.True(server.Services.GetRequiredService<ValidatedDocuments>().TryGet(audit, out _));

        var anonymous = await server.QueryAsync(audit, token: "");
        Assert.Equal(RoleRequirementRule.Unauthenticated, (string)anonymous["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_kept_document_still_prices_its_variables()
    {
        var server = await TestServer.GetAsync();
        var marker = Guid.NewGuid().ToString("N");
        var page = $"query Page_{marker}($n: Int) {{ profiles(first: $n) {{ nodes {{ revision {{ sections {{ heading body }} }} }} }} }}";

        Assert.Null((await server.QueryAsync(page, new { n = 2 }))["errors"]);
        Assert.True(server.Services.GetRequiredService<ValidatedDocuments>().TryGet(page, out _));

        var huge = await server.QueryAsync(page, new { n = 100_000 });
        Assert.Equal("COMPLEXITY_LIMIT_EXCEEDED", (string)huge["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(huge["data"]);
    }
}
