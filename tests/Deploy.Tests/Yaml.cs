namespace Deploy.Tests;

/// <summary>Reads the untyped tree YamlDotNet makes of a document: maps, lists and string scalars.</summary>
internal static class Yaml
{
    public static IReadOnlyDictionary<object, object?> AsMap(object? node) =>
        node as IReadOnlyDictionary<object, object?> ?? new Dictionary<object, object?>();

    public static IReadOnlyDictionary<object, object?> Map(IReadOnlyDictionary<object, object?> parent, string key) =>
        AsMap(parent.GetValueOrDefault(key));

    public static IReadOnlyList<object?> List(IReadOnlyDictionary<object, object?> parent, string key) =>
        parent.GetValueOrDefault(key) as IReadOnlyList<object?> ?? [];

    public static string? Scalar(IReadOnlyDictionary<object, object?> parent, string key) =>
        parent.GetValueOrDefault(key) is { } value and not IReadOnlyDictionary<object, object?> and not IReadOnlyList<object?>
            ? Convert.ToString(value)
            : null;
}
