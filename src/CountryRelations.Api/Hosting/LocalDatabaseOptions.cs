namespace CountryRelations.Api.Hosting;

/// <summary>Where the zero-configuration server keeps its own PostgreSQL (configuration section <c>LocalDatabase</c>).</summary>
public sealed class LocalDatabaseOptions
{
    /// <summary>The cluster's data folder, relative to the working directory.</summary>
    public string DataDirectory { get; set; } = ".data/postgres";

    /// <summary>The loopback port the cluster listens on.</summary>
    public int Port { get; set; } = 5544;

    /// <summary>The database the application uses.</summary>
    public string Database { get; set; } = "countryrelations";
}
