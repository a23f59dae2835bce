using CountryRelations.Replicas;
using CsCheck;

namespace CountryRelations.Tests.Replicas;

public sealed class WritePositionTests
{
    [Fact]
    public void Every_position_round_trips_through_its_text() =>
        Gen.ULong.Sample(value =>
            WritePosition.TryParse(new WritePosition(value).ToString(), out var parsed) && parsed.Value.Value == value, iter: 2_000);

    [Fact]
    public void Text_a_client_makes_up_is_either_a_position_that_prints_back_the_same_or_refused() =>
        Gen.OneOf(Gen.String[0, 40], Gen.Char["0123456789ABCDEFabcdef/ -+x'"].Array[0, 20].Select(c => new string(c))).Sample(text =>
            !WritePosition.TryParse(text, out var parsed)
            || string.Equals(parsed.Value.ToString(), Normalise(text), StringComparison.Ordinal), iter: 5_000);

    // PostgreSQL prints each half in upper-case hex without leading zeros.
    private static string Normalise(string text)
    {
        var halves = text.Split('/');
        return string.Join('/', halves.Select(h => Convert.ToUInt32(h, 16).ToString("X", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("0/3000148", 0x3000148UL)]
    [InlineData("16/B374D848", (0x16UL << 32) | 0xB374D848UL)]
    [InlineData("FFFFFFFF/FFFFFFFF", ulong.MaxValue)]
    public void Reads_the_forms_PostgreSQL_prints(string text, ulong value)
    {
        Assert.True(WritePosition.TryParse(text, out var parsed));
        Assert.Equal(value, parsed.Value.Value);
        Assert.Equal(text, parsed.Value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("0/")]
    [InlineData("/1")]
    [InlineData("1/2/3")]
    [InlineData("100000000/0")]
    [InlineData("0/3000148'; DROP TABLE revisions; --")]
    [InlineData(" 0/1")]
    [InlineData("+1/1")]
    public void Refuses_anything_else(string? text) => Assert.False(WritePosition.TryParse(text, out _));
}
