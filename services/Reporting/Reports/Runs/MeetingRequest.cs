using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reporting.Reports.Runs;

/// <summary>
/// One COP meeting in a report request: <c>{"number": 15, "venue": "Geneva", "from": "2021-07-26",
/// "to": "2021-07-30"}</c>, or the number alone (<c>15</c>), as requests were written before the
/// document named venues. Anything else is kept as <see cref="Malformed"/>, so the answer can name
/// the field rather than refuse the whole body.
/// </summary>
[JsonConverter(typeof(MeetingRequestConverter))]
public sealed record MeetingRequest(int? Number, string? Venue = null, string? From = null, string? To = null, bool Malformed = false);

internal sealed class MeetingRequestConverter : JsonConverter<MeetingRequest>
{
    public override MeetingRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var number) ? new MeetingRequest(number) : new MeetingRequest(null, Malformed: true);
            case JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    var meeting = document.RootElement;
                    return new MeetingRequest(
                        Property(meeting, "number") is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var value) ? value : null,
                        Text(meeting, "venue"),
                        Text(meeting, "from"),
                        Text(meeting, "to"),
                        Malformed: Property(meeting, "number") is { ValueKind: not JsonValueKind.Number and not JsonValueKind.Null }
                            || new[] { "venue", "from", "to" }.Any(name => Property(meeting, name) is { ValueKind: not JsonValueKind.String and not JsonValueKind.Null }));
                }

            default:
                // The serializer hands a converter the whole value; Skip would refuse a body still
                // being streamed in, TrySkip moves past what is buffered.
                reader.TrySkip();
                return new MeetingRequest(null, Malformed: true);
        }
    }

    public override void Write(Utf8JsonWriter writer, MeetingRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Number is { } number)
        {
            writer.WriteNumber("number", number);
        }

        foreach (var (name, text) in new[] { ("venue", value.Venue), ("from", value.From), ("to", value.To) })
        {
            if (text is not null)
            {
                writer.WriteString(name, text);
            }
        }

        writer.WriteEndObject();
    }

    // Property names match without regard to case, as the web defaults read the rest of the body.
    private static JsonElement? Property(JsonElement element, string name) =>
        element.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
}
