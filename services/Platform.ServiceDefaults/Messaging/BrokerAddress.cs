using System.Globalization;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>A RabbitMQ node named in the broker address: host and AMQP port.</summary>
public sealed record BrokerNode(string Host, int Port)
{
    public override string ToString() => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>
/// The broker the platform connects to, from <c>ConnectionStrings:rabbitmq</c>: an amqp URI that
/// names one node (<c>amqp://user:password@rabbitmq:5672/vhost</c>) or, for a cluster, several
/// nodes separated by commas (<c>amqp://user:password@node-a:5672,node-b:5672,node-c:5672/vhost</c>).
/// Every node shares the credentials, the virtual host and any query; a node without a port gets
/// the scheme's (5672 for amqp, 5671 for amqps). Clients connect to the first node that answers,
/// in the order given, and move to the next when their node goes.
/// </summary>
public sealed class BrokerAddress
{
    private const string Format =
        "amqp://user:password@host:5672/vhost, or for a cluster amqp://user:password@node-a:5672,node-b:5672,node-c:5672/vhost";

    private readonly string _scheme;
    private readonly string _userInfo;
    private readonly string _pathAndQuery;

    private BrokerAddress(string scheme, string userInfo, IReadOnlyList<BrokerNode> nodes, string pathAndQuery)
    {
        _scheme = scheme;
        _userInfo = userInfo;
        _pathAndQuery = pathAndQuery;
        Nodes = nodes;
    }

    /// <summary>The nodes in the order given; one for a single broker.</summary>
    public IReadOnlyList<BrokerNode> Nodes { get; }

    public bool IsCluster => Nodes.Count > 1;

    /// <summary>The amqp URI of the first node, carrying the credentials, virtual host and query.</summary>
    public Uri Primary => For(Nodes[0]);

    /// <summary>The amqp URI of <paramref name="node"/>, carrying the credentials, virtual host and query.</summary>
    public Uri For(BrokerNode node) => new(TextFor(node));

    /// <summary>
    /// Reads the address in <paramref name="value"/>; <paramref name="setting"/> names where it
    /// came from, for the message of the <see cref="InvalidOperationException"/> thrown when it is
    /// missing or malformed (the message never repeats the password).
    /// </summary>
    public static BrokerAddress Parse(string? value, string setting)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(setting, "it is missing or empty");
        }

        var text = value.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd > 0 ? text[..schemeEnd].ToLowerInvariant() : string.Empty;
        if (scheme is not ("amqp" or "amqps"))
        {
            throw Invalid(setting, "it does not start with amqp:// or amqps://");
        }

        var rest = text[(schemeEnd + 3)..];
        var authorityEnd = rest.IndexOfAny(['/', '?']);
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var pathAndQuery = authorityEnd < 0 ? "/" : rest[authorityEnd..];
        var at = authority.LastIndexOf('@');
        var userInfo = at < 0 ? string.Empty : authority[..(at + 1)];
        var hosts = authority[(at + 1)..];
        if (hosts.Length == 0)
        {
            throw Invalid(setting, "it names no host");
        }

        var defaultPort = scheme == "amqps" ? 5671 : 5672;
        var nodes = new List<BrokerNode>();
        foreach (var entry in hosts.Split(','))
        {
            if (entry.Trim().Length == 0)
            {
                throw Invalid(setting, $"its host list '{hosts}' has an empty entry");
            }

            if (!Uri.TryCreate($"{scheme}://{entry.Trim()}/", UriKind.Absolute, out var node)
                || node.HostNameType is UriHostNameType.Unknown
                || node.AbsolutePath != "/")
            {
                throw Invalid(setting, $"'{entry.Trim()}' is not a host or host:port");
            }

            var parsed = new BrokerNode(node.Host, node.IsDefaultPort ? defaultPort : node.Port);
            if (nodes.Contains(parsed))
            {
                throw Invalid(setting, $"it names {parsed} twice");
            }

            nodes.Add(parsed);
        }

        var address = new BrokerAddress(scheme, userInfo, nodes, pathAndQuery);
        if (!Uri.TryCreate(address.TextFor(nodes[0]), UriKind.Absolute, out _))
        {
            throw Invalid(setting, "its credentials or virtual host are not valid in a URI (percent-encode reserved characters)");
        }

        return address;
    }

    public override string ToString() =>
        $"{_scheme}://{(_userInfo.Length > 0 ? "***@" : string.Empty)}{string.Join(',', Nodes)}{_pathAndQuery}";

    private string TextFor(BrokerNode node) => $"{_scheme}://{_userInfo}{node}{_pathAndQuery}";

    private static InvalidOperationException Invalid(string setting, string reason) =>
        new($"{setting} must name the RabbitMQ broker as {Format}, but {reason}.");
}
