using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reporting.Reports.Runs;

/// <summary>
/// The agenda item in a report request: <c>"4 (b)"</c>, or <c>{"number": "4 (b)", "title":
/// "Matters related to the implementation of the Convention: international cooperation and
/// coordination"}</c>. Anything else is kept as <see cref="Malformed"/> for the answer to name.
/// </summary>
[JsonConverter(typeof(AgendaItemRequestConverter))]
public sealed record AgendaItemRequest(string? Number, string? Title = null, bool Malformed = false);

internal sealed class AgendaItemRequestConverter : JsonConverter<AgendaItemRequest>
{
    public override AgendaItemRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new AgendaItemRequest(reader.GetString());
            case JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    string? number = null, title = null;
                    var malformed = false;
                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        var isText = property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null;
                        if (string.Equals(property.Name, "number", StringComparison.OrdinalIgnoreCase))
                        {
                            number = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                            malformed |= !isText;
                        }
                        else if (string.Equals(property.Name, "title", StringComparison.OrdinalIgnoreCase))
                        {
                            title = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                            malformed |= !isText;
                        }
                    }

                    return new AgendaItemRequest(number, title, malformed);
                }

            default:
                // The serializer hands a converter the whole value; Skip would refuse a body still
                // being streamed in, TrySkip moves past what is buffered.
                reader.TrySkip();
                return new AgendaItemRequest(null, Malformed: true);
        }
    }

    public override void Write(Utf8JsonWriter writer, AgendaItemRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("number", value.Number);
        writer.WriteString("title", value.Title);
        writer.WriteEndObject();
    }
}
