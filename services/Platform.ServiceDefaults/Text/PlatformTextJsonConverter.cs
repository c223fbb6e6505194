using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.ServiceDefaults.Text;

/// <summary>
/// Every string of every JSON request body passes here: one the platform's text rule refuses
/// (<see cref="PlatformText.FindDisallowed"/>) makes the body unreadable, which the service
/// answers with a 400 naming the field; every other string arrives in normalisation form C.
/// Per-field rules (required, single line, length) stay with each request's validation.
/// </summary>
public sealed class PlatformTextJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a string.");
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") cannot become a string at all.
            throw new TextRuleException("an unpaired surrogate");
        }

        if (PlatformText.FindDisallowed(text) is { } fault)
        {
            throw new TextRuleException($"{fault.Description} at position {fault.Index + 1}");
        }

        return PlatformText.Normalize(text);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}

/// <summary>A JSON string the text rule refuses; the serializer adds the path of the field.</summary>
public sealed class TextRuleException(string what) : JsonException($"The text holds {what}; remove it.")
{
    public string What { get; } = what;
}
