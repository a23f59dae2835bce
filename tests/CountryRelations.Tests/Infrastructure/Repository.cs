namespace CountryRelations.Tests.Infrastructure;

/// <summary>The repository the tests were built from, for tests about committed files.</summary>
public static class Repository
{
    /// <summary>The folder holding CountryRelations.sln.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CountryRelations.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("CountryRelations.sln was not found above " + AppContext.BaseDirectory);
    }
}
