using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Platform.Benchmarks.EndToEnd.Processes;

namespace Platform.Benchmarks.EndToEnd.Telemetry;

/// <summary>
/// An OTLP/HTTP endpoint the deployables export their traces, metrics and logs to during the run, in
/// place of the Aspire dashboard or a collector: it reads every export whole, counts it and answers as
/// a collector does (an empty protobuf response), so the deployables pay for exporting and nothing is kept.
/// </summary>
internal sealed class TelemetrySink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (long Exports, long Bytes)> _received = new(StringComparer.Ordinal);

    private TelemetrySink(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>Exports and bytes received so far per signal (<c>traces</c>, <c>metrics</c>, <c>logs</c>).</summary>
    public IReadOnlyDictionary<string, (long Exports, long Bytes)> Received => _received;

    public static async Task<TelemetrySink> StartAsync()
    {
        var port = RunEnvironment.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var sink = new TelemetrySink(app, new Uri($"http://127.0.0.1:{port}/"));
        app.MapPost("/v1/{signal}", sink.ReceiveAsync);
        await app.StartAsync();
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(string signal, HttpRequest request)
    {
        var buffer = new byte[16 * 1024];
        long bytes = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
        }

        _received.AddOrUpdate(signal, (1, bytes), (_, seen) => (seen.Exports + 1, seen.Bytes + bytes));
        return Results.Bytes([], "application/x-protobuf");
    }
}
