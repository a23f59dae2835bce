using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CountryRelations.Bench.Suite;

/// <summary>
/// A server under test in a process of its own (so that its memory and CPU are its own): started, waited for until
/// its readiness path answers, sampled for peak resident memory, stopped with SIGTERM.
/// </summary>
public sealed class ServedProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServedProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Peak resident memory of the process so far (VmHWM), in MB.</summary>
    public double PeakResidentMegabytes =>
        File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) is { } line
            ? double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024
            : double.NaN;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<ServedProcess> StartAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, int port, string readyPath, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        // The last lines only, for a failure message: the server logs a line per request.
        var output = new Queue<string?>();
        void Keep(string? line)
        {
            lock (output)
            {
                output.Enqueue(line);
                if (output.Count > 200)
                {
                    output.Dequeue();
                }
            }
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var served = new ServedProcess(process, port);
        using var http = new HttpClient();
        for (var deadline = DateTime.UtcNow.AddSeconds(90); ; await Task.Delay(250))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await served.DisposeAsync();
                lock (output)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(program)} did not become ready:\n{string.Join('\n', output)}");
                }
            }

            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}{readyPath}");
                if ((int)response.StatusCode < 500)
                {
                    return served;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
    }

    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
