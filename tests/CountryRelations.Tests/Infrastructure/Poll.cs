namespace CountryRelations.Tests.Infrastructure;

/// <summary>Waiting for what another process or thread will make true soon: checked every 50 ms, for at most a while.</summary>
public static class Poll
{
    /// <summary>Returns once <paramref name="condition"/> holds or <paramref name="patience"/> (10 s by default) has passed; the caller asserts.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(10));
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
