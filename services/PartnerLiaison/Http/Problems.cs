using Microsoft.AspNetCore.Http.HttpResults;

namespace PartnerLiaison.Http;

/// <summary>The 409 answers of this service, each with a detail that says what to do about it.</summary>
public static class Problems
{
    public static ProblemHttpResult Conflict(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title, extensions: extensions);

    /// <summary>A change made on an old read; <c>currentVersion</c> tells the client what to read again.</summary>
    public static ProblemHttpResult StaleVersion(string what, int current, int expected) => Conflict(
        "The version is stale.",
        $"{what} is at version {current}, not {expected}: read it again and reapply your change.",
        new Dictionary<string, object?> { ["currentVersion"] = current });
}
