using System.Text.RegularExpressions;
using k8s.Models;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Platform.IntegrationTests.Deployment;

/// <summary>
/// Both overlays of <c>deploy/kubernetes</c> build, and what they would deploy is what operations
/// expects of it: probed, bounded, non-root pods of the images the Dockerfile builds, no secret
/// written into a manifest, one way in (the gateway), and network rules that let in only the callers
/// each deployable has.
/// </summary>
public sealed partial class KubernetesManifestTests
{
    /// <summary>Each deployable and the project <c>deploy/Dockerfile</c> builds its image from (<c>--build-arg PROJECT</c>).</summary>
    private static readonly Dictionary<string, string> Projects = new(StringComparer.Ordinal)
    {
        ["basel"] = "services/Basel/Basel.csproj",
        ["rotterdam"] = "services/Rotterdam/Rotterdam.csproj",
        ["stockholm"] = "services/Stockholm/Stockholm.csproj",
        ["partner-liaison"] = "services/PartnerLiaison/PartnerLiaison.csproj",
        ["reporting"] = "services/Reporting/Reporting.csproj",
        ["webapp"] = "services/WebApp/WebApp.csproj",
        ["gateway"] = "gateway/Gateway.csproj",
    };

    /// <summary>Who may call each deployable from inside the namespace (the gateway is called from outside it).</summary>
    private static readonly Dictionary<string, string[]> Callers = new(StringComparer.Ordinal)
    {
        ["basel"] = ["gateway", "reporting"],
        ["rotterdam"] = ["gateway", "reporting"],
        ["stockholm"] = ["gateway", "reporting"],
        ["partner-liaison"] = ["gateway", "reporting"],
        ["reporting"] = ["gateway"],
        ["webapp"] = ["gateway"],
    };

    private const string NameLabel = "app.kubernetes.io/name";

    public static TheoryData<string> Overlays => new("local", "production");

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_deployable_is_deployed_probed_bounded_and_not_root(string name)
    {
        var overlay = await BuildAsync(name);
        var imageUser = DockerfileUser();

        Assert.Equal(Projects.Keys.Order(), overlay.Deployments.Select(deployment => deployment.Name()).Order());
        foreach (var deployment in overlay.Deployments)
        {
            var pod = deployment.Spec.Template.Spec;
            Assert.True(pod.SecurityContext?.RunAsNonRoot == true, $"{deployment.Name()}: runAsNonRoot");
            Assert.Equal(imageUser, pod.SecurityContext?.RunAsUser);
            foreach (var container in pod.Containers)
            {
                var what = $"{deployment.Name()}/{container.Name}";
                Assert.Equal("/health/ready", container.ReadinessProbe?.HttpGet?.Path);
                Assert.Equal("/health/live", container.LivenessProbe?.HttpGet?.Path);
                Assert.Contains(container.Ports, port => port.Name == container.ReadinessProbe!.HttpGet.Port.Value && port.ContainerPort == 8080);
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.True(container.Resources?.Requests?.ContainsKey(resource) == true, $"{what}: requests {resource}");
                    Assert.True(container.Resources?.Limits?.ContainsKey(resource) == true, $"{what}: limits {resource}");
                }

                var security = container.SecurityContext;
                Assert.True(security?.AllowPrivilegeEscalation == false, $"{what}: allowPrivilegeEscalation");
                Assert.True(security?.ReadOnlyRootFilesystem == true, $"{what}: readOnlyRootFilesystem");
                Assert.Equal<string>(["ALL"], security?.Capabilities?.Drop ?? []);
                Assert.Contains(container.VolumeMounts ?? [], mount => mount.MountPath == "/tmp"
                    && pod.Volumes.Single(volume => volume.Name == mount.Name).EmptyDir is not null);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_container_runs_the_image_the_Dockerfile_builds_for_its_deployable(string name)
    {
        var overlay = await BuildAsync(name);
        var images = KustomizationImages(overlay.Directory);

        Assert.Equal(Projects.Keys.Select(deployable => $"platform/{deployable}").Order(), images.Select(image => image.Name).Order());
        foreach (var deployment in overlay.Deployments)
        {
            var deployable = deployment.Name();
            Assert.True(File.Exists(Path.Combine(Checkout.Root, Projects[deployable])), Projects[deployable]);
            var image = images.Single(image => image.Name == $"platform/{deployable}");
            Assert.EndsWith($"platform/{deployable}", image.NewName, StringComparison.Ordinal);
            Assert.Equal([$"{image.NewName}:{image.NewTag}"], deployment.Spec.Template.Spec.Containers.Select(container => container.Image));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task No_manifest_holds_a_secret_value(string name)
    {
        var overlay = await BuildAsync(name);

        Assert.Empty(overlay.OfKind<V1Secret>());
        foreach (var map in overlay.OfKind<V1ConfigMap>())
        {
            Assert.DoesNotContain(map.Data.Keys, key => LooksSecret().IsMatch(key));
        }

        var secretLooking = 0;
        foreach (var deployment in overlay.Deployments)
        {
            foreach (var variable in deployment.Spec.Template.Spec.Containers.SelectMany(container => container.Env ?? []))
            {
                if (LooksSecret().IsMatch(variable.Name))
                {
                    secretLooking++;
                    Assert.True(variable.Value is null && variable.ValueFrom?.SecretKeyRef?.Name is { Length: > 0 },
                        $"{deployment.Name()}: {variable.Name} must come from a Secret by name (secretKeyRef).");
                }
            }
        }

        // The five services' database and broker, the JWT key of six, the web application's client secret.
        Assert.Equal(5 * 2 + 6 + 1, secretLooking);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task The_ingress_leads_to_the_gateways_public_port_alone(string name)
    {
        var overlay = await BuildAsync(name);

        var ingress = Assert.Single(overlay.OfKind<V1Ingress>());
        var backends = ingress.Spec.Rules.SelectMany(rule => rule.Http.Paths).Select(path => path.Backend.Service).ToList();
        Assert.Null(ingress.Spec.DefaultBackend);
        Assert.NotEmpty(backends);
        Assert.All(backends, backend => Assert.Equal(("gateway", "http"), (backend.Name, backend.Port.Name)));
        var gateway = overlay.OfKind<V1Service>().Single(service => service.Name() == "gateway");
        Assert.Equal("http", gateway.Spec.Ports.Single(port => port.Name == "http").TargetPort.Value);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Only_the_gateway_is_reachable_from_outside_and_ops_only_from_operations(string name)
    {
        var overlay = await BuildAsync(name);
        var policies = overlay.OfKind<V1NetworkPolicy>().ToList();

        foreach (var deployment in overlay.Deployments)
        {
            var pod = deployment.Spec.Template.Metadata.Labels;
            var rules = policies.Where(policy => Selects(policy.Spec.PodSelector, pod))
                .SelectMany(policy => policy.Spec.Ingress ?? []).ToList();
            Assert.True(rules.Count > 0, $"{deployment.Name()}: no NetworkPolicy selects it, so every caller reaches it.");
            Assert.All(rules, rule => Assert.NotEmpty(rule.FromProperty ?? []));

            if (deployment.Name() == "gateway")
            {
                Assert.Equal(
                    [("http", "ingress-nginx"), ("operations", "operations")],
                    rules.SelectMany(rule => rule.Ports.Select(port => (port.Port.Value, Namespace: NamespaceOf(Assert.Single(rule.FromProperty))))).Order());
                continue;
            }

            foreach (var peer in rules.SelectMany(rule => rule.FromProperty))
            {
                Assert.True(peer.NamespaceSelector is null && peer.IpBlock is null, $"{deployment.Name()}: a caller from outside the namespace is let in.");
                var caller = overlay.Deployments.Where(other => Selects(peer.PodSelector, other.Spec.Template.Metadata.Labels))
                    .Select(other => other.Name()).ToList();
                Assert.Subset(Callers[deployment.Name()].ToHashSet(), caller.ToHashSet());
                Assert.NotEmpty(caller);
            }
        }
    }

    [Fact]
    public async Task Production_runs_every_deployable_at_least_twice_under_a_disruption_budget()
    {
        var overlay = await BuildAsync("production");
        var budgets = overlay.OfKind<V1PodDisruptionBudget>().ToList();

        foreach (var deployment in overlay.Deployments)
        {
            Assert.True(deployment.Spec.Replicas >= 2, $"{deployment.Name()}: {deployment.Spec.Replicas} replicas");
            var budget = Assert.Single(budgets, budget => Selects(budget.Spec.Selector, deployment.Spec.Template.Metadata.Labels));
            Assert.Equal(1, budget.Spec.MaxUnavailable?.Value is { } unavailable ? int.Parse(unavailable, System.Globalization.CultureInfo.InvariantCulture) : 0);
        }

        var scaled = overlay.OfKind<V2HorizontalPodAutoscaler>().ToList();
        Assert.Equal(["basel", "gateway", "rotterdam", "stockholm"], scaled.Select(scaler => scaler.Spec.ScaleTargetRef.Name).Order());
        Assert.All(scaled, scaler => Assert.True(scaler.Spec.MinReplicas >= 2, $"{scaler.Name()}: minReplicas {scaler.Spec.MinReplicas}"));
    }

    [Fact]
    public async Task Production_runs_the_broker_and_the_database_as_three_nodes_and_a_database_per_service()
    {
        var overlay = await BuildAsync("production");
        var resources = overlay.OfKind<CustomResource>().ToList();

        var broker = Assert.Single(resources, resource => resource.Kind == "RabbitmqCluster");
        var database = Assert.Single(resources, resource => resource.Kind == "Cluster");
        Assert.Equal("3", broker.Spec["replicas"]?.ToString());
        Assert.Equal("3", database.Spec["instances"]?.ToString());
        Assert.Equal(["basel", "partner_liaison", "reporting", "rotterdam", "stockholm"],
            resources.Where(resource => resource.Kind == "Database").Select(resource => resource.Spec["name"]?.ToString()).Order());
        Assert.Single(resources, resource => resource.Kind == "OpenTelemetryCollector");
    }

    [Fact]
    public async Task Local_runs_one_replica_of_each()
    {
        var overlay = await BuildAsync("local");

        Assert.All(overlay.Deployments, deployment => Assert.Equal(1, deployment.Spec.Replicas));
    }

    private static Task<KustomizedOverlay> BuildAsync(string name) =>
        KustomizedOverlay.BuildAsync(name, TestContext.Current.CancellationToken);

    private static bool Selects(V1LabelSelector? selector, IDictionary<string, string> labels) =>
        selector is not null
        && (selector.MatchLabels ?? new Dictionary<string, string>()).All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value)
        && (selector.MatchExpressions ?? []).All(expression => expression.OperatorProperty switch
        {
            "In" => labels.TryGetValue(expression.Key, out var value) && expression.Values.Contains(value),
            var other => throw new NotSupportedException($"Selector operator {other} is not read by this test."),
        });

    private static string NamespaceOf(V1NetworkPolicyPeer peer)
    {
        Assert.Null(peer.PodSelector);
        return peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"];
    }

    private static long DockerfileUser()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Checkout.Root, "deploy", "Dockerfile"));
        var user = NumericUser().Match(dockerfile);
        Assert.True(user.Success, "deploy/Dockerfile names its user by number (USER 1654:1654), so that runAsNonRoot can check it.");
        return long.Parse(user.Groups["uid"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<KustomizationImage> KustomizationImages(string overlay) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<Kustomization>(File.ReadAllText(Path.Combine(overlay, "kustomization.yaml"))).Images;

    [GeneratedRegex("password|passwd|secret|key|token|connectionstring", RegexOptions.IgnoreCase)]
    private static partial Regex LooksSecret();

    [GeneratedRegex(@"^USER\s+(?<uid>\d+)(:\d+)?\s*$", RegexOptions.Multiline)]
    private static partial Regex NumericUser();

    private sealed class Kustomization
    {
        public List<KustomizationImage> Images { get; set; } = [];
    }

    private sealed class KustomizationImage
    {
        public string Name { get; set; } = "";

        public string NewName { get; set; } = "";

        public string NewTag { get; set; } = "";
    }
}
