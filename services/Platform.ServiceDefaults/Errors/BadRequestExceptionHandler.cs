using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Platform.ServiceDefaults.Text;

namespace Platform.ServiceDefaults.Errors;

/// <summary>
/// Turns a request the framework could not read (malformed JSON, a value of the wrong JSON type,
/// a body over its size limit) into a 400 or 413 ProblemDetails that names the offending field,
/// instead of the generic 500 the exception handler would otherwise write.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new HttpValidationProblemDetails
        {
            Status = badRequest.StatusCode,
            Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is too large."
                : "The request could not be read.",
            Detail = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? null : Describe(badRequest),
        };
        if (FindJsonException(badRequest) is { Path: { Length: > 0 } path } json)
        {
            var field = FieldName(path);
            if (json is TextRuleException text)
            {
                // Well-formed JSON whose text the platform refuses: say so, not that the JSON is bad.
                problem.Title = "The request holds text the platform does not accept.";
                problem.Detail = null;
                problem.Errors[field] = [$"'{field}' holds {text.What}; remove it."];
            }
            else
            {
                problem.Errors[field] = [$"'{field}' is not valid here: check its JSON type and format."];
            }
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static string Describe(BadHttpRequestException exception) =>
        FindJsonException(exception) is null ? exception.Message : "The body is not valid JSON for this request.";

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    // "$.start" -> "start", "$.partners[2]" -> "partners[2]": the name the client sent.
    private static string FieldName(string jsonPath) =>
        jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
}
