using CountryRelations.Capture;

namespace CountryRelations.Tests.Capture;

public sealed class RobotsTxtTests
{
    private const string File = """
        # a comment
        User-agent: *
        Disallow: /private/
        Allow: /private/open$

        User-agent: OtherBot
        User-agent: CountryRelations
        Disallow: /archives/*.pdf$
        Disallow: /search
        Allow: /search/help
        """;

    [Theory]
    [InlineData("/", true)]
    [InlineData("/private/page", true)] // our own group applies, not *
    [InlineData("/archives/2016/report.pdf", false)]
    [InlineData("/archives/2016/report.pdf?x=1", true)]
    [InlineData("/search?q=korea", false)]
    [InlineData("/search/help", true)]
    public void Our_group_decides_and_the_longest_rule_wins(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(File, "CountryRelations").Allows(path));

    [Theory]
    [InlineData("/private/page", false)]
    [InlineData("/private/open", true)]
    [InlineData("/private/open/more", false)]
    [InlineData("/search", true)]
    public void Without_a_group_of_its_own_a_robot_follows_the_star_group(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(File, "SomeoneElse").Allows(path));

    [Fact]
    public void An_unreadable_file_disallows_everything_and_a_missing_one_nothing()
    {
        Assert.False(RobotsTxt.DisallowAll.Allows("/anything"));
        Assert.True(RobotsTxt.AllowAll.Allows("/anything"));
        Assert.True(RobotsTxt.Parse("garbage\n\u0000\nDisallow: /", "CountryRelations").Allows("/x"));
    }
}
