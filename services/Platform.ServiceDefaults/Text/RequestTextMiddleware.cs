using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Platform.ServiceDefaults.Text;

/// <summary>
/// Query values and the path are single-line text too: a value the text rule refuses, one with a
/// line break or bidirectional control, or one longer than <see cref="MaxQueryValueLength"/> is
/// answered with a 400 naming the parameter before any endpoint (or database) sees it; every other
/// value reaches the endpoint in normalisation form C.
/// </summary>
public sealed class RequestTextMiddleware(RequestDelegate next)
{
    /// <summary>Query values are ids, dates, symbols and filters; none comes near this.</summary>
    public const int MaxQueryValueLength = 1000;

    public Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        // Made only for a request that breaks the rule: most break nothing.
        Dictionary<string, string[]>? errors = null;
        void Refuse(string field, string message) => (errors ??= new(StringComparer.Ordinal))[field] = [message];

        if (context.Request.Path.Value is { } path && Fault(path) is { } pathFault)
        {
            Refuse("path", $"The path holds {pathFault}; remove it.");
        }

        Dictionary<string, StringValues>? normalised = null;
        foreach (var (name, values) in context.Request.Query)
        {
            var field = PlatformText.Normalize(name);
            if (Fault(name) is { } nameFault)
            {
                Refuse(field, $"The query parameter name holds {nameFault}; remove it.");
                continue;
            }

            var texts = new string?[values.Count];
            for (var index = 0; index < values.Count; index++)
            {
                var value = values[index] ?? "";
                if (Fault(value) is { } fault)
                {
                    Refuse(field, $"'{field}' holds {fault}; remove it.");
                }
                else if (value.Length > MaxQueryValueLength)
                {
                    Refuse(field, $"'{field}' must be at most {MaxQueryValueLength.ToString(CultureInfo.InvariantCulture)} characters.");
                }

                texts[index] = PlatformText.Normalize(value);
            }

            normalised ??= new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            normalised[field] = new StringValues(texts);
        }

        if (errors is not null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new HttpValidationProblemDetails(errors)
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The request holds text the platform does not accept.",
                },
            }).AsTask();
        }

        if (normalised is not null)
        {
            context.Request.Query = new QueryCollection(normalised);
        }

        return next(context);
    }

    private static string? Fault(string text) =>
        (PlatformText.FindDisallowed(text) ?? PlatformText.FindSingleLineFault(text)) is { } fault
            ? $"{fault.Description} at position {(fault.Index + 1).ToString(CultureInfo.InvariantCulture)}"
            : null;
}
