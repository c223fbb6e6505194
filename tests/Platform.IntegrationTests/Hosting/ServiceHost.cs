using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.IntegrationTests.Hosting;

/// <summary>A deployable started in this process on a real loopback socket, so the gateway reaches it over HTTP.</summary>
public interface IServiceHost : IAsyncDisposable
{
    string Name { get; }

    Uri Address { get; }

    IServiceProvider Services { get; }
}

/// <summary>
/// Starts one service (named by its marker type) with the given settings on 127.0.0.1 and a free
/// port. Settings go in through <c>UseSetting</c>, so they are visible to the service's
/// <c>Program</c> while it builds.
/// </summary>
public sealed class ServiceHost<TEntryPoint> : WebApplicationFactory<TEntryPoint>, IServiceHost
    where TEntryPoint : class
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly string _environment;

    private ServiceHost(
        string name, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices, string environment)
    {
        Name = name;
        _settings = settings;
        _configureServices = configureServices;
        _environment = environment;
    }

    public string Name { get; }

    public Uri Address { get; private set; } = null!;

    IServiceProvider IServiceHost.Services => Services;

    public static ServiceHost<TEntryPoint> Start(
        string name,
        IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection>? configureServices = null,
        string environment = "Development",
        int port = 0,
        IReadOnlyCollection<int>? alsoListenOn = null)
    {
        var host = new ServiceHost<TEntryPoint>(name, settings, configureServices, environment);
        host.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            foreach (var other in alsoListenOn ?? [])
            {
                kestrel.Listen(IPAddress.Loopback, other);
            }
        });
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        host.Address = addresses.Addresses.Select(address => new Uri(address)).Single(address => alsoListenOn?.Contains(address.Port) != true);
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }
}
