using System.Net;

namespace Platform.DemoData;

/// <summary>The platform refused or failed a call: what was sent, and what came back (its ProblemDetails body).</summary>
public sealed class DemoLoadException(string message) : Exception(message)
{
    public static DemoLoadException Unexpected(HttpMethod method, string path, HttpStatusCode status, string body) =>
        new($"{method} {path} answered {(int)status} {status}: {(body.Length == 0 ? "(no body)" : body)}");
}
