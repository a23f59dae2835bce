namespace CountryRelations.Tests.Infrastructure;

/// <summary>Temporary folders for a cluster of a test's own.</summary>
public static class TempFolder
{
    /// <summary>A new folder the <c>postgres</c> user can reach (a cluster run as root is handed to it); temp folders are owner-only.</summary>
    public static string ForCluster(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        }

        return folder;
    }
}
