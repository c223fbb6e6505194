using System.Globalization;
using Microsoft.Net.Http.Headers;
using Platform.ServiceDefaults.Validation;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// The version a client read before changing something, from an <c>If-Match</c> header
/// (<c>"3"</c> or <c>W/"3"</c>, as the <c>ETag</c> of a read gives it) or a <c>version</c> field
/// in the body, so that a change made on a stale read is refused instead of silently overwriting
/// another one. A version is ASCII digits only, from 1: no sign, no spaces inside the quotes, no
/// other script's digits, nothing that overflows an int.
/// </summary>
public static class ExpectedVersion
{
    /// <summary>The <c>ETag</c> value for a version: <c>"3"</c>.</summary>
    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version named by <c>If-Match</c> or the body; null with the reason in
    /// <paramref name="errors"/> when it is unreadable, contradictory, below 1, or missing where
    /// <paramref name="required"/>.
    /// </summary>
    public static int? Read(HttpRequest request, int? bodyVersion, ValidationErrors errors, bool required = true)
    {
        var ifMatch = request.Headers[HeaderNames.IfMatch].ToString();
        int? fromHeader = null;
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            if (!TryParse(ifMatch, out var parsed))
            {
                errors.Add(HeaderNames.IfMatch, $"'{ifMatch}' is not a version this service gave out (an ETag such as \"3\").");
                return null;
            }

            fromHeader = parsed;
        }

        if (fromHeader is not null && bodyVersion is not null && fromHeader != bodyVersion)
        {
            errors.Add("version", $"'version' ({bodyVersion}) and If-Match ({fromHeader}) name different versions.");
            return null;
        }

        var version = fromHeader ?? bodyVersion;
        if (version is < 1)
        {
            errors.Add("version", "'version' starts at 1.");
            return null;
        }

        if (version is null && required)
        {
            errors.Add("version", "'version' (or an If-Match header) is required: the version you read, so that a concurrent change is not overwritten.");
        }

        return version;
    }

    /// <summary>
    /// Reads an entity tag this service gave out: <c>"3"</c> or <c>W/"3"</c> (a bare <c>3</c> as
    /// well, which clients have always been allowed to send), the number from 1.
    /// </summary>
    public static bool TryParse(string tag, out int version)
    {
        version = 0;
        var text = tag.AsSpan().Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.StartsWith("\"", StringComparison.Ordinal))
        {
            if (text.Length < 2 || !text.EndsWith("\"", StringComparison.Ordinal))
            {
                return false;
            }

            text = text[1..^1];
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version >= 1;
    }
}
