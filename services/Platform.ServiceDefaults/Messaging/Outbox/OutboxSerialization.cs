using System.Text.Json;

namespace Platform.ServiceDefaults.Messaging.Outbox;

internal static class OutboxSerialization
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    // Assembly-qualified without version, so that a row written before an upgrade still resolves.
    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type ResolveType(string typeName) =>
        Type.GetType(typeName, throwOnError: false)
        ?? throw new InvalidOperationException($"Outbox message type '{typeName}' is not known to this service.");
}
