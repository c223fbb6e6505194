using System.Diagnostics;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Platform.IntegrationTests.Deployment;

/// <summary>
/// What <c>kubectl kustomize deploy/kubernetes/overlays/{name}</c> builds, read with the
/// Kubernetes API's own models (strictly: a field the API does not know fails the load). The
/// operators' resources, which those models do not cover, are read as <see cref="CustomResource"/>.
/// No cluster is needed; without <c>kubectl</c> the test is skipped, or failed on CI.
/// </summary>
public sealed class KustomizedOverlay
{
    private static readonly Dictionary<string, Type> CustomResources = new(StringComparer.Ordinal)
    {
        ["rabbitmq.com/v1beta1/RabbitmqCluster"] = typeof(CustomResource),
        ["postgresql.cnpg.io/v1/Cluster"] = typeof(CustomResource),
        ["postgresql.cnpg.io/v1/Database"] = typeof(CustomResource),
        ["opentelemetry.io/v1beta1/OpenTelemetryCollector"] = typeof(CustomResource),
    };

    private KustomizedOverlay(string name, string directory, IReadOnlyList<object> objects)
    {
        Name = name;
        Directory = directory;
        Objects = objects;
    }

    public string Name { get; }

    /// <summary>The overlay's folder, with its <c>kustomization.yaml</c>.</summary>
    public string Directory { get; }

    public IReadOnlyList<object> Objects { get; }

    public IEnumerable<T> OfKind<T>() => Objects.OfType<T>();

    public IReadOnlyList<V1Deployment> Deployments => OfKind<V1Deployment>().ToList();

    public static async Task<KustomizedOverlay> BuildAsync(string name, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Checkout.Root, "deploy", "kubernetes", "overlays", name);
        var start = new ProcessStartInfo("kubectl", ["kustomize", directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            TestServerAvailability.SkipOrFail(
                "kubectl is not installed: install it (apt-get install kubernetes-client) to build the Kubernetes overlays.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            Assert.True(process.ExitCode == 0, $"kubectl kustomize {directory} failed:\n{await errors}");
            var objects = KubernetesYaml.LoadAllFromString(await output, CustomResources, strict: true);
            return new KustomizedOverlay(name, directory, objects);
        }
    }
}

/// <summary>A resource of an operator (a broker cluster, a database, a collector): its kind, name and spec, as written.</summary>
public sealed class CustomResource : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public Dictionary<string, object?> Spec { get; set; } = [];
}
