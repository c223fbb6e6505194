using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reporting.Reports.Runs;

/// <summary>
/// Reads a JSON string as System.Text.Json does, and one it refuses, because an escape names a
/// lone surrogate, code unit by code unit, surrogate kept: what the text was is for the
/// documents to show (they replace it), not a reason to lose the whole report.
/// </summary>
internal sealed class StoredTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException) when (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
        {
            return Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>The escapes of RFC 8259, section 7; the reader has already checked that each is well formed.</summary>
    private static string Unescape(ReadOnlySpan<byte> escaped)
    {
        var text = new StringBuilder(escaped.Length);
        while (escaped.Length > 0)
        {
            var backslash = escaped.IndexOf((byte)'\\');
            if (backslash < 0)
            {
                text.Append(Encoding.UTF8.GetString(escaped));
                break;
            }

            text.Append(Encoding.UTF8.GetString(escaped[..backslash]));
            var code = escaped[backslash + 1];
            if (code == 'u')
            {
                text.Append((char)ushort.Parse(escaped.Slice(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                escaped = escaped[(backslash + 6)..];
                continue;
            }

            text.Append(code switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)code, // '"', '\\' and '/' stand for themselves.
            });
            escaped = escaped[(backslash + 2)..];
        }

        return text.ToString();
    }
}
