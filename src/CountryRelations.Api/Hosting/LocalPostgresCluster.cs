using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CountryRelations.Api.Hosting;

/// <summary>
/// A PostgreSQL cluster run from the machine's installed binaries in a folder of ours, for the
/// zero-configuration server and for the test suite. initdb refuses to run as root, so when we are root
/// every PostgreSQL program runs as the <c>postgres</c> user, which then owns the data folder. Connections need a
/// password (SCRAM-SHA-256, loopback only): generated once and kept owner-only beside the data folder
/// (<c>postgres.password</c> beside <c>postgres/</c>), like the token key; a cluster made before that (trust) is moved over.
/// </summary>
public sealed partial class LocalPostgresCluster : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly string _binaries;
    private readonly bool _stopOnDispose;
    private int _stopped;

    private LocalPostgresCluster(string binaries, string dataDirectory, int port, bool stopOnDispose, string password)
    {
        _binaries = binaries;
        DataDirectory = dataDirectory;
        Port = port;
        _stopOnDispose = stopOnDispose;
        Password = password;
    }

    /// <summary>The password of the cluster's superuser (and, through <see cref="DatabaseRoles"/>, of the roles it creates).</summary>
    public string Password { get; }

    /// <summary>The cluster's data folder.</summary>
    public string DataDirectory { get; }

    /// <summary>The TCP port it listens on, on 127.0.0.1 only.</summary>
    public int Port { get; }

    /// <summary>Connection string for <paramref name="database"/> as the cluster's superuser.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = ServiceUser, Password = Password, Database = database }.ConnectionString;

    /// <summary>Where the password of the cluster in <paramref name="dataDirectory"/> is kept: beside the folder, never in it (that one is the postgres user's).</summary>
    public static string PasswordFile(string dataDirectory) => Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar) + ".password";

    /// <summary>
    /// The folder holding <c>initdb</c> and <c>pg_ctl</c>: <c>COUNTRYRELATIONS_PG_BIN</c>, else the newest
    /// <c>/usr/lib/postgresql/*/bin</c>, else the PATH; null when PostgreSQL is not installed.
    /// </summary>
    public static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("COUNTRYRELATIONS_PG_BIN") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
                .Where(d => File.Exists(Path.Combine(d.Bin, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
        return debian ?? (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")));
    }

    /// <summary>
    /// Starts (creating it first if needed) the cluster in <paramref name="dataDirectory"/> on <paramref name="port"/>
    /// (0: any free port). A cluster already running there is reused and left running on dispose.
    /// <paramref name="throwaway"/> turns off fsync: fine for a test cluster deleted afterwards, never for kept data.
    /// </summary>
    public static async Task<LocalPostgresCluster> StartAsync(
        string dataDirectory, int port, bool stopOnDispose, bool throwaway = false, CancellationToken cancellationToken = default)
    {
        var binaries = FindBinaries() ?? throw new LocalClusterException(
            "PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin or on the PATH. " +
            "Install it (Debian/Ubuntu: apt-get install -y postgresql) or set ConnectionStrings__CountryRelations.");
        dataDirectory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        await HandOverToServiceUserAsync(dataDirectory, cancellationToken);

        if (RunningPort(dataDirectory) is { } runningPort && await IsReadyAsync(binaries, runningPort, cancellationToken))
        {
            return new LocalPostgresCluster(binaries, dataDirectory, runningPort, stopOnDispose: false, await SecureAsync(dataDirectory, runningPort, cancellationToken));
        }

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            await RunAsync(binaries, "initdb", ["-D", dataDirectory, "-U", ServiceUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], cancellationToken);
        }

        if (port == 0)
        {
            port = FreePort();
        }

        var log = Path.Combine(dataDirectory, "server.log");
        var options = $"-p {port} -h 127.0.0.1 -k ''" + (throwaway ? " -c fsync=off -c full_page_writes=off -c synchronous_commit=off" : "");
        await RunAsync(
            binaries,
            "pg_ctl",
            ["-D", dataDirectory, "-l", log, "-w", "-t", "60", "-o", options, "start"],
            cancellationToken);
        return new LocalPostgresCluster(binaries, dataDirectory, port, stopOnDispose, await SecureAsync(dataDirectory, port, cancellationToken));
    }

    // The cluster is made with trust (initdb cannot be handed a secret the postgres user could read without it lying
    // around); before anything else connects, the superuser gets the generated password and every pg_hba.conf line
    // asks for it. A cluster already moved over just has its password read.
    private static async Task<string> SecureAsync(string dataDirectory, int port, CancellationToken cancellationToken)
    {
        var file = PasswordFile(dataDirectory);
        var hba = Path.Combine(dataDirectory, "pg_hba.conf");
        var rules = await File.ReadAllLinesAsync(hba, cancellationToken);
        var trusting = rules.Any(IsTrustRule);
        if (!File.Exists(file))
        {
            if (!trusting)
            {
                throw new LocalClusterException($"The cluster in {dataDirectory} asks for a password, and {file}, which holds it, is missing.");
            }

            Integrity.OwnerOnlyFile.Create(file, Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        }

        var password = (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
        if (!trusting)
        {
            return password;
        }

        var trusted = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = ServiceUser, Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(trusted.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var secure = new NpgsqlCommand($"SET password_encryption = 'scram-sha-256'; ALTER ROLE {ServiceUser} PASSWORD '{password}'", connection);
            await secure.ExecuteNonQueryAsync(cancellationToken);
            await File.WriteAllLinesAsync(hba, rules.Select(r => IsTrustRule(r) ? TrustWord().Replace(r, "scram-sha-256") : r), cancellationToken);
            await using var reload = new NpgsqlCommand("SELECT pg_reload_conf()", connection);
            await reload.ExecuteNonQueryAsync(cancellationToken);
        }

        return password;
    }

    private static bool IsTrustRule(string line) => !line.TrimStart().StartsWith('#') && TrustWord().IsMatch(line);

    [System.Text.RegularExpressions.GeneratedRegex(@"\btrust\s*$")]
    private static partial System.Text.RegularExpressions.Regex TrustWord();

    /// <summary>
    /// Starts a streaming-replication standby of this cluster in <paramref name="dataDirectory"/> on a port of its own:
    /// a base backup (<c>pg_basebackup -R</c>, which writes the connection back to this primary) then a start. For
    /// trying read replicas on one machine, and for their tests.
    /// </summary>
    public async Task<LocalPostgresCluster> StartStandbyAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        dataDirectory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        await HandOverToServiceUserAsync(dataDirectory, cancellationToken);
        // The standby is a copy: the same roles, the same password (pg_basebackup -R writes it into primary_conninfo).
        File.Copy(PasswordFile(DataDirectory), PasswordFile(dataDirectory), overwrite: true);
        await RunAsync(_binaries, "pg_basebackup",
            ["-D", dataDirectory, "-R", "-X", "stream", "-c", "fast", "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", ServiceUser],
            cancellationToken, Password);
        return await StartAsync(dataDirectory, port: 0, stopOnDispose: true, throwaway: true, cancellationToken: cancellationToken);
    }

    /// <summary>Creates <paramref name="database"/> unless it exists.</summary>
    public async Task CreateDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Stops the cluster (fast shutdown) unless it was already running before we came, or is stopped already.</summary>
    public async ValueTask DisposeAsync()
    {
        // Stopped once; a cluster someone else stopped meanwhile (no postmaster.pid) is left as it is.
        if (_stopOnDispose && Interlocked.Exchange(ref _stopped, 1) == 0 && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunAsync(_binaries, "pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], CancellationToken.None);
        }
    }

    /// <summary>
    /// Stops the server of a throwaway cluster left running in <paramref name="dataDirectory"/> (immediate shutdown: its
    /// data is not kept); true when no server runs there afterwards.
    /// </summary>
    public static async Task<bool> StopThrowawayAsync(string dataDirectory, CancellationToken cancellationToken = default) =>
        !File.Exists(Path.Combine(dataDirectory, "postmaster.pid"))
        || (FindBinaries() is { } binaries
            && await RunAsync(binaries, "pg_ctl", ["-D", dataDirectory, "-m", "immediate", "-w", "stop"], cancellationToken, throwOnFailure: false));

    private static async Task HandOverToServiceUserAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return;
        }

        await RunProcessAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", dataDirectory], cancellationToken);
        await RunProcessAsync("chmod", ["700", dataDirectory], cancellationToken);
        var reachable = await RunProcessAsync("runuser", ["-u", ServiceUser, "--", "test", "-w", dataDirectory], cancellationToken, throwOnFailure: false);
        if (!reachable)
        {
            throw new LocalClusterException(
                $"The '{ServiceUser}' user cannot reach {dataDirectory}: a parent folder is closed to it. Choose a data folder under a readable path (LocalDatabase:DataDirectory).");
        }
    }

    private static int? RunningPort(string dataDirectory)
    {
        // postmaster.pid: line 1 is the PID, line 4 the port.
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private static async Task<bool> IsReadyAsync(string binaries, int port, CancellationToken cancellationToken) =>
        await RunProcessAsync(Path.Combine(binaries, "pg_isready"), ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture)], cancellationToken, throwOnFailure: false);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task<bool> RunAsync(string binaries, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, string? password = null, bool throwOnFailure = true)
    {
        var path = Path.Combine(binaries, program);
        return Environment.IsPrivilegedProcess
            ? RunProcessAsync("runuser", ["-u", ServiceUser, "--", path, .. arguments], cancellationToken, throwOnFailure, password)
            : RunProcessAsync(path, arguments, cancellationToken, throwOnFailure, password);
    }

    private static async Task<bool> RunProcessAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool throwOnFailure = true, string? password = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (password is not null)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new LocalClusterException($"Could not start {program}.");

        // pg_ctl leaves the server holding its output pipes; read only until the program itself exits.
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode == 0)
        {
            return true;
        }

        if (!throwOnFailure)
        {
            return false;
        }

        var outputs = Task.WhenAll(stderr, stdout);
        var output = await Task.WhenAny(outputs, Task.Delay(1000, cancellationToken)) == outputs ? string.Concat(await outputs) : "";
        throw new LocalClusterException($"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {output.Trim()}");
    }
}
