using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Deploy.Tests;

/// <summary>docker-compose.yml read the way Compose reads it: anchors merged, variables at their defaults.</summary>
internal sealed class ComposeFile
{
    private ComposeFile(IReadOnlyDictionary<string, ComposeService> services) => Services = services;

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    public ComposeService this[string name] =>
        Services.TryGetValue(name, out var service)
            ? service
            : throw new KeyNotFoundException($"docker-compose.yml has no service '{name}'.");

    public IEnumerable<ComposeService> BuiltFromRepository => Services.Values.Where(s => s.BuildArgs.Count > 0);

    public static ComposeFile Load(string path)
    {
        using var reader = File.OpenText(path);
        var document = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<object, object?>>(new MergingParser(new Parser(reader)));
        var services = Yaml.Map(document, "services")
            .ToDictionary(entry => (string)entry.Key, entry => new ComposeService((string)entry.Key, Yaml.AsMap(entry.Value)));
        return new ComposeFile(services);
    }
}
