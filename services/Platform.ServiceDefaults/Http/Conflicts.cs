using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.ServiceDefaults.Http;

/// <summary>409 answers as ProblemDetails: what conflicted, and what the client can do about it.</summary>
public static class Conflicts
{
    /// <summary>
    /// A change made on an old read. <paramref name="currentVersion"/> is the version in the
    /// store, read from it, never worked out from the one expected.
    /// </summary>
    public static ProblemHttpResult StaleVersion(int currentVersion, bool withdrawn = false) => TypedResults.Problem(
        title: withdrawn ? "The record has been withdrawn." : "The record has changed since you read it.",
        detail: withdrawn
            ? "A withdrawn record cannot be changed."
            : $"The current version is {currentVersion}; read it again and apply your change to that version.",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });

    /// <summary>A conflict with state already stored; <paramref name="extensions"/> carry that state, so the client need not read it again.</summary>
    public static ProblemHttpResult Because(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict, extensions: extensions);
}
