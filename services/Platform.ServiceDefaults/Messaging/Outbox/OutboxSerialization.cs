using System.Collections.Concurrent;
using System.Text.Json;

namespace Platform.ServiceDefaults.Messaging.Outbox;

internal static class OutboxSerialization
{
    private static readonly ConcurrentDictionary<Type, string> TypeNames = new();
    private static readonly ConcurrentDictionary<string, Type> Types = new(StringComparer.Ordinal);

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    // Assembly-qualified without version, so that a row written before an upgrade still resolves.
    // Both directions are remembered: reading an assembly's name and resolving a type name are
    // slow enough to show on the write and relay paths.
    public static string TypeName(Type type) =>
        TypeNames.GetOrAdd(type, static type => $"{type.FullName}, {type.Assembly.GetName().Name}");

    public static Type ResolveType(string typeName) =>
        Types.TryGetValue(typeName, out var known) ? known : Types.GetOrAdd(typeName, Resolve);

    private static Type Resolve(string typeName) =>
        Type.GetType(typeName, throwOnError: false)
        ?? throw new InvalidOperationException($"Outbox message type '{typeName}' is not known to this service.");
}
