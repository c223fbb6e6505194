using System.Text.RegularExpressions;

namespace Deploy.Tests;

/// <summary>One service of docker-compose.yml, accepting both the short and the long syntax of each key.</summary>
internal sealed partial class ComposeService(string name, IReadOnlyDictionary<object, object?> definition)
{
    public string Name { get; } = name;

    public string? Image => Yaml.Scalar(definition, "image");

    /// <summary>The container's host name; a RabbitMQ node is named <c>rabbit@</c> and this.</summary>
    public string? Hostname => Yaml.Scalar(definition, "hostname");

    public IReadOnlyList<string> Profiles => [.. Yaml.List(definition, "profiles").Select(profile => Convert.ToString(profile)!)];

    public string? BuildContext => definition.GetValueOrDefault("build") switch
    {
        string context => context,
        IReadOnlyDictionary<object, object?> build => Yaml.Scalar(build, "context"),
        _ => null,
    };

    public string? Dockerfile => definition.GetValueOrDefault("build") is IReadOnlyDictionary<object, object?> build
        ? Yaml.Scalar(build, "dockerfile") ?? "Dockerfile"
        : null;

    public IReadOnlyDictionary<string, string> BuildArgs =>
        definition.GetValueOrDefault("build") is IReadOnlyDictionary<object, object?> build
            ? KeyValues(build.GetValueOrDefault("args"))
            : new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Environment => KeyValues(definition.GetValueOrDefault("environment"));

    public bool HasHealthcheck => definition.GetValueOrDefault("healthcheck") is IReadOnlyDictionary<object, object?> check
        && Yaml.Scalar(check, "disable") != "true";

    /// <summary>Dependencies and the condition each waits for (service_started when not said).</summary>
    public IReadOnlyDictionary<string, string> DependsOn => definition.GetValueOrDefault("depends_on") switch
    {
        IReadOnlyDictionary<object, object?> map => map.ToDictionary(
            entry => (string)entry.Key,
            entry => Yaml.Scalar(Yaml.AsMap(entry.Value), "condition") ?? "service_started"),
        IEnumerable<object?> list => list.OfType<string>().ToDictionary(name => name, _ => "service_started"),
        _ => new Dictionary<string, string>(),
    };

    /// <summary>Published ports as (port on the host, port in the container).</summary>
    public IReadOnlyList<(int Host, int Container)> PublishedPorts => Yaml.List(definition, "ports")
        .Select(port => port switch
        {
            IReadOnlyDictionary<object, object?> longSyntax =>
                (int.Parse(Yaml.Scalar(longSyntax, "published") ?? "0"), int.Parse(Yaml.Scalar(longSyntax, "target") ?? "0")),
            var shortSyntax => ParseShortPort(Convert.ToString(shortSyntax)!),
        })
        .ToList();

    /// <summary>Ports other services can reach: the exposed ones and the container side of the published ones.</summary>
    public IReadOnlySet<int> ContainerPorts => Yaml.List(definition, "expose")
        .Select(port => int.Parse(Convert.ToString(port)!.Split('/')[0]))
        .Concat(PublishedPorts.Select(port => port.Container))
        .ToHashSet();

    /// <summary>Bind mounts and volumes as (source, target in the container).</summary>
    public IReadOnlyList<(string Source, string Target)> Volumes => Yaml.List(definition, "volumes")
        .Select(volume => volume switch
        {
            IReadOnlyDictionary<object, object?> longSyntax =>
                (Yaml.Scalar(longSyntax, "source") ?? "", Yaml.Scalar(longSyntax, "target") ?? ""),
            var shortSyntax => Convert.ToString(shortSyntax)!.Split(':') is [var source, var target, ..]
                ? (source, target)
                : ("", Convert.ToString(shortSyntax)!),
        })
        .ToList();

    /// <summary>The fixed IPv4 address the service asks for on each network it names.</summary>
    public IReadOnlyDictionary<string, string> FixedAddresses =>
        definition.GetValueOrDefault("networks") is IReadOnlyDictionary<object, object?> networks
            ? networks
                .Where(network => Yaml.Scalar(Yaml.AsMap(network.Value), "ipv4_address") is not null)
                .ToDictionary(network => (string)network.Key, network => Yaml.Scalar(Yaml.AsMap(network.Value), "ipv4_address")!)
            : new Dictionary<string, string>();

    public override string ToString() => Name;

    // "5080:8080", "127.0.0.1:5080:8080", "8080", "5080:8080/tcp"
    private static (int Host, int Container) ParseShortPort(string port)
    {
        var parts = port.Split('/')[0].Split(':');
        var container = int.Parse(parts[^1]);
        return (parts.Length > 1 ? int.Parse(parts[^2]) : 0, container);
    }

    private static IReadOnlyDictionary<string, string> KeyValues(object? node) => node switch
    {
        IReadOnlyDictionary<object, object?> map => map.ToDictionary(
            entry => (string)entry.Key,
            entry => WithDefaultVariables(Convert.ToString(entry.Value) ?? "")),
        IEnumerable<object?> list => list.OfType<string>()
            .Select(item => item.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => WithDefaultVariables(pair.ElementAtOrDefault(1) ?? "")),
        _ => new Dictionary<string, string>(),
    };

    /// <summary>Replaces ${NAME:-default} and ${NAME-default} by the default and ${NAME} by nothing, as with no variable set.</summary>
    private static string WithDefaultVariables(string value) =>
        Variable().Replace(value, match => match.Groups["default"].Value);

    [GeneratedRegex(@"\$\{(?<name>\w+)(:?-(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}
