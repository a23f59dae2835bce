namespace CountryRelations.Capture;

/// <summary>What started a capture attempt.</summary>
public static class CaptureTriggers
{
    /// <summary>The source was due.</summary>
    public const string Schedule = "SCHEDULE";

    /// <summary>An editor asked (captureNow).</summary>
    public const string Now = "NOW";

    /// <summary>A web archive's capture, backfilled.</summary>
    public const string Backfill = "BACKFILL";

    /// <summary>A record of a WARC file.</summary>
    public const string Warc = "WARC";
}
