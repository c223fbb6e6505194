using Microsoft.AspNetCore.Http;
using Platform.ServiceDefaults.Validation;

namespace Platform.Conventions;

/// <summary>
/// The version a change is based on: the <c>If-Match</c> header (<c>"3"</c> or <c>W/"3"</c>, as
/// the <c>ETag</c> of a read gives it) or a <c>version</c> field in the body.
/// </summary>
public static class ExpectedVersion
{
    public static string ETag(int version) => $"\"{version}\"";

    public static int? From(HttpRequest request, int? bodyVersion, ValidationErrors errors)
    {
        var header = request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(header))
        {
            var text = header.Trim();
            if (text.StartsWith("W/", StringComparison.Ordinal))
            {
                text = text[2..];
            }

            if (int.TryParse(text.Trim('"'), out var fromHeader))
            {
                return fromHeader;
            }

            errors.Add("If-Match", $"'{header}' is not a version this service issued (an ETag such as \"3\").");
            return null;
        }

        if (bodyVersion is null)
        {
            errors.Add("version", "Name the version you are changing: an If-Match header or a 'version' field.");
        }

        return bodyVersion;
    }
}
