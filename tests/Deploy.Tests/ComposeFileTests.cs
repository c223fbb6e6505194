using System.Data.Common;
using System.Text.RegularExpressions;

namespace Deploy.Tests;

public sealed partial class ComposeFileTests
{
    // The gateway's YARP cluster for each deployable, by the project it forwards to.
    private static readonly Dictionary<string, string> GatewayClusters = new()
    {
        ["basel"] = "services/Basel/Basel.csproj",
        ["rotterdam"] = "services/Rotterdam/Rotterdam.csproj",
        ["stockholm"] = "services/Stockholm/Stockholm.csproj",
        ["partner-liaison"] = "services/PartnerLiaison/PartnerLiaison.csproj",
        ["reporting"] = "services/Reporting/Reporting.csproj",
        ["webapp"] = "services/WebApp/WebApp.csproj",
    };

    private const int AspNetCoreImageDefaultPort = 8080;

    private readonly ComposeFile compose = ComposeFile.Load(Repository.PathOf("docker-compose.yml"));

    private IEnumerable<ComposeService> Services =>
        compose.BuiltFromRepository.Where(service => service.Environment.ContainsKey("ConnectionStrings__database"));

    private ComposeService Gateway => compose.BuiltFromRepository.Single(service => service.BuildArgs["PROJECT"] == "gateway/Gateway.csproj");

    [Fact]
    public void Every_web_project_of_the_repository_has_a_compose_service_that_builds_it()
    {
        var built = compose.BuiltFromRepository.Select(service => service.BuildArgs["PROJECT"]).Order(StringComparer.Ordinal);

        Assert.Equal(Repository.WebProjects(), built);
    }

    [Fact]
    public void Every_compose_build_uses_the_repository_dockerfile_and_names_an_existing_project()
    {
        Assert.All(compose.BuiltFromRepository, service =>
        {
            var context = Repository.PathOf(service.BuildContext ?? "");
            Assert.Equal(Repository.Root, context.TrimEnd(Path.DirectorySeparatorChar));

            var dockerfile = Path.Combine(context, service.Dockerfile!);
            Assert.True(File.Exists(dockerfile), $"{service}: no Dockerfile at {service.Dockerfile}");
            Assert.Contains("ARG PROJECT", File.ReadAllLines(dockerfile).Select(line => line.Trim()));

            Assert.True(File.Exists(Path.Combine(context, service.BuildArgs["PROJECT"])),
                $"{service}: PROJECT {service.BuildArgs["PROJECT"]} does not exist");
        });
    }

    [Fact]
    public void Each_service_has_its_own_database_created_by_the_postgres_init_script()
    {
        Assert.NotEmpty(Services);
        var databases = Services.ToDictionary(service => service, service => ConnectionString(service, "ConnectionStrings__database"));

        Assert.All(databases, entry =>
        {
            var (service, connection) = entry;
            var postgres = compose[(string)connection["Host"]];
            Assert.StartsWith("postgres", postgres.Image);
            Assert.Equal("5432", connection["Port"]);
            Assert.Equal(postgres.Environment["POSTGRES_USER"], connection["Username"]);
            Assert.Equal(postgres.Environment["POSTGRES_PASSWORD"], connection["Password"]);
            Assert.Contains((string)connection["Database"], DatabasesCreatedBy(postgres));
        });
        Assert.Equal(databases.Count, databases.Values.Select(connection => connection["Database"]).Distinct().Count());
    }

    [Fact]
    public void Each_service_reaches_the_rabbitmq_service_on_its_amqp_port_with_its_credentials()
    {
        Assert.All(Services, service =>
        {
            var uri = new Uri(service.Environment["ConnectionStrings__rabbitmq"]);
            var broker = compose[uri.Host];

            Assert.Equal("amqp", uri.Scheme);
            Assert.StartsWith("rabbitmq", broker.Image);
            Assert.Equal(5672, uri.Port);
            Assert.Equal($"{broker.Environment["RABBITMQ_DEFAULT_USER"]}:{broker.Environment["RABBITMQ_DEFAULT_PASS"]}", uri.UserInfo);
        });
    }

    [Fact]
    public void The_cluster_profile_adds_two_broker_nodes_that_join_the_first_and_the_services_wait_for_them()
    {
        var first = compose["rabbitmq"];
        var joining = compose.Services.Values.Where(service => service.Profiles.Contains("cluster")).ToList();
        var clusterConf = Repository.PathOf("deploy/rabbitmq/cluster.conf");
        var listed = File.ReadAllLines(clusterConf)
            .Where(line => line.StartsWith("cluster_formation.classic_config.nodes.", StringComparison.Ordinal))
            .Select(line => line.Split('=', 2)[1].Trim())
            .Order(StringComparer.Ordinal);

        Assert.Equal(["rabbitmq-2", "rabbitmq-3"], joining.Select(node => node.Name).Order(StringComparer.Ordinal));
        Assert.Empty(first.Profiles);
        Assert.Equal(
            new[] { first }.Concat(joining).Select(node => $"rabbit@{node.Hostname}").Order(StringComparer.Ordinal),
            listed);
        Assert.All(joining, node =>
        {
            Assert.Equal(first.Image, node.Image);
            Assert.Equal(first.Environment["RABBITMQ_ERLANG_COOKIE"], node.Environment["RABBITMQ_ERLANG_COOKIE"]);
            Assert.Contains(("./deploy/rabbitmq/cluster.conf", "/etc/rabbitmq/conf.d/20-cluster.conf"), node.Volumes);
            Assert.Equal("service_healthy", node.DependsOn.GetValueOrDefault("rabbitmq"));
            Assert.True(node.HasHealthcheck, $"{node} has no healthcheck");
            Assert.DoesNotContain(node.Volumes, volume => first.Volumes.Any(own => own.Source == volume.Source));
        });
        Assert.All(Services, service => Assert.All(joining, node =>
            Assert.Equal("service_healthy", service.DependsOn.GetValueOrDefault(node.Name))));
    }

    [Fact]
    public void Services_start_only_once_the_broker_and_the_database_are_healthy()
    {
        Assert.All(Services, service =>
        {
            var rabbitmq = new Uri(service.Environment["ConnectionStrings__rabbitmq"]).Host;
            var postgres = (string)ConnectionString(service, "ConnectionStrings__database")["Host"];

            Assert.Equal("service_healthy", service.DependsOn.GetValueOrDefault(rabbitmq));
            Assert.Equal("service_healthy", service.DependsOn.GetValueOrDefault(postgres));
            Assert.True(compose[rabbitmq].HasHealthcheck && compose[postgres].HasHealthcheck);
            Assert.True(service.HasHealthcheck, $"{service} has no healthcheck");
        });
    }

    [Fact]
    public void Gateway_forwards_each_cluster_to_its_service_on_the_port_the_service_listens_on()
    {
        Assert.All(GatewayClusters, cluster =>
        {
            var address = new Uri(Gateway.Environment[$"ReverseProxy__Clusters__{cluster.Key}__Destinations__primary__Address"]);
            var destination = compose[address.Host];

            Assert.Equal(cluster.Value, destination.BuildArgs["PROJECT"]);
            Assert.Equal("http", address.Scheme);
            Assert.Equal(ListeningPort(destination), address.Port);
        });
    }

    [Fact]
    public void Gateway_is_published_on_port_5080()
    {
        Assert.Contains((5080, ListeningPort(Gateway)), Gateway.PublishedPorts);
    }

    [Fact]
    public void Every_service_and_the_gateway_export_telemetry_to_the_trace_viewer_otlp_port()
    {
        Assert.All(compose.BuiltFromRepository, service =>
        {
            var endpoint = new Uri(service.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
            var viewer = compose[endpoint.Host];
            var protocol = service.Environment.GetValueOrDefault("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc");

            Assert.Equal(protocol == "grpc" ? 4317 : 4318, endpoint.Port);
            Assert.Contains(endpoint.Port, viewer.ContainerPorts);
            Assert.Equal("true", viewer.Environment.GetValueOrDefault("COLLECTOR_OTLP_ENABLED"));
        });
    }

    [Fact]
    public void Services_trust_forwarded_headers_from_the_gateways_fixed_address_only()
    {
        var gatewayAddress = Assert.Single(Gateway.FixedAddresses.Values);

        Assert.All(Services, service =>
            Assert.Equal(gatewayAddress, service.Environment.GetValueOrDefault("ForwardedHeaders__TrustedProxies")));
        Assert.False(Gateway.Environment.ContainsKey("ForwardedHeaders__TrustedProxies"), "The gateway is the edge: it trusts no client's forwarded headers.");
    }

    private static int ListeningPort(ComposeService service) =>
        service.Environment.TryGetValue("ASPNETCORE_HTTP_PORTS", out var ports)
            ? int.Parse(ports.Split(';')[0])
            : AspNetCoreImageDefaultPort;

    private static DbConnectionStringBuilder ConnectionString(ComposeService service, string key) =>
        new() { ConnectionString = service.Environment[key] };

    private static IReadOnlySet<string> DatabasesCreatedBy(ComposeService postgres) =>
        postgres.Volumes
            .Where(volume => volume.Target.StartsWith("/docker-entrypoint-initdb.d", StringComparison.Ordinal))
            .SelectMany(volume => CreateDatabase().Matches(File.ReadAllText(Repository.PathOf(volume.Source))))
            .Select(match => match.Groups["name"].Value)
            .ToHashSet();

    [GeneratedRegex(@"CREATE\s+DATABASE\s+""?(?<name>\w+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex CreateDatabase();
}
