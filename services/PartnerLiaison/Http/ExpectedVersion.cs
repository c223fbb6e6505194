using System.Globalization;
using Microsoft.Net.Http.Headers;
using Platform.ServiceDefaults.Validation;

namespace PartnerLiaison.Http;

/// <summary>
/// The version a client read before changing something, from an <c>If-Match</c> header
/// (<c>"3"</c>, as the <c>ETag</c> of a read gives it) or a <c>version</c> field in the body, so
/// that a change made on a stale read is refused instead of silently overwriting another one.
/// </summary>
public static class ExpectedVersion
{
    public static int? Read(HttpRequest request, int? bodyVersion, ValidationErrors errors, bool required = true)
    {
        int? fromHeader = null;
        var ifMatch = request.Headers[HeaderNames.IfMatch].ToString();
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            if (TryParse(ifMatch, out var parsed))
            {
                fromHeader = parsed;
            }
            else
            {
                errors.Add(HeaderNames.IfMatch, $"'{ifMatch}' is not a version this service gave out (an ETag such as \"3\").");
            }
        }

        if (fromHeader is not null && bodyVersion is not null && fromHeader != bodyVersion)
        {
            errors.Add("version", $"'version' ({bodyVersion}) and If-Match ({fromHeader}) name different versions.");
        }

        var version = fromHeader ?? bodyVersion;
        if (version is < 1)
        {
            errors.Add("version", "'version' starts at 1.");
        }
        else if (version is null && required && string.IsNullOrWhiteSpace(ifMatch))
        {
            errors.Add("version", "'version' (or an If-Match header) is required: the version you read, so that a concurrent change is not overwritten.");
        }

        return version;
    }

    /// <summary>The <c>ETag</c> value for a version.</summary>
    public static string Tag(int version) => $"\"{version}\"";

    public static bool TryParse(string tag, out int version)
    {
        var text = tag.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return int.TryParse(text.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}
