using Microsoft.Extensions.Configuration;
using Platform.DemoData;

// Loads the demo data set into a running platform through its gateway (Gateway:Address).
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
var gateway = new Uri(configuration["Gateway:Address"] ?? "http://localhost:5080");
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

if (!await DemoDataLoader.WaitUntilReadyAsync(gateway, TimeSpan.FromMinutes(5), Console.Out, cancellation.Token))
{
    await Console.Error.WriteLineAsync($"The gateway at {gateway} was not ready within 5 minutes; no demo data was loaded.");
    return 1;
}

try
{
    var summary = await new DemoDataLoader().LoadAsync(gateway, cancellation.Token);
    Console.WriteLine(summary);
    return 0;
}
catch (Exception exception) when (exception is DemoLoadException or HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync($"Loading the demo data into {gateway} failed: {exception.Message}");
    return 1;
}
