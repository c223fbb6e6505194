using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.ServiceDefaults.Text;

namespace Reporting.Reports.Documents.Json;

/// <summary>
/// The JSON document's one text writer: every string of the model is written through
/// <see cref="PlatformText.ForDocument"/>, so the JSON carries the same text as the other formats
/// and never a lone surrogate, which JSON readers (System.Text.Json among them) refuse.
/// </summary>
internal sealed class DocumentTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(PlatformText.ForDocument(value));
}
