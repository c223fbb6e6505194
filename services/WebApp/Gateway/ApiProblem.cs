using System.Text.Json;

namespace WebApp.Gateway;

/// <summary>
/// What went wrong with a call through the gateway, read from its ProblemDetails body: the
/// status, the title and detail, and the message for each field the API named, so a page puts
/// each message next to its field.
/// </summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>The stored version a 409 names, when it names one.</summary>
    public int? CurrentVersion { get; init; }

    /// <summary>The line of a submitted text the API stopped at (a decision import names it), or null.</summary>
    public int? Line { get; init; }

    /// <summary>The service that did not answer (502, 503, 504, or no connection at all), or null.</summary>
    public string? UnavailableService { get; init; }

    public bool IsConflict => Status == StatusCodes.Status409Conflict;

    public bool IsForbidden => Status == StatusCodes.Status403Forbidden;

    public bool IsNotFound => Status == StatusCodes.Status404NotFound;

    /// <summary>
    /// The messages for <paramref name="field"/> (matched as the API spells it, case aside), and
    /// for a list field those of its entries too: <c>partners[2]</c> is shown with <c>partners</c>.
    /// </summary>
    public IReadOnlyList<string> For(string field) =>
        Errors.Where(error => string.Equals(FieldOf(error.Key), field, StringComparison.OrdinalIgnoreCase))
            .SelectMany(error => error.Value).ToList();

    /// <summary>Messages for fields a form does not show, so none is lost.</summary>
    public IEnumerable<string> Others(IEnumerable<string> shownFields)
    {
        var shown = new HashSet<string>(shownFields, StringComparer.OrdinalIgnoreCase);
        return Errors.Where(error => !shown.Contains(FieldOf(error.Key))).SelectMany(error => error.Value.Select(message => $"{error.Key}: {message}"));
    }

    /// <summary>
    /// What to say above a form (or a list's filters) whose fields show their own messages: the
    /// messages no shown field carries; else, when no field is to blame, the problem itself; else
    /// <paramref name="pointer"/>, which sends the user to the marked fields (null: say nothing).
    /// </summary>
    public string? Summary(IEnumerable<string> shownFields, string? pointer = "Correct the fields marked below.") =>
        Others(shownFields).ToList() is { Count: > 0 } others ? string.Join(" ", others)
        : Errors.Count == 0 ? Message
        : pointer;

    /// <summary>The field a key names: <c>outputs[3]</c> is an entry of <c>outputs</c>.</summary>
    private static string FieldOf(string key) => key.IndexOf('[', StringComparison.Ordinal) is > 0 and var bracket && key.EndsWith(']') ? key[..bracket] : key;

    /// <summary>One sentence for the page: what the user is told when no field is to blame.</summary>
    public string Message => UnavailableService is { } service
        ? $"The {service} service is not answering right now; try again in a moment."
        : Status switch
        {
            StatusCodes.Status403Forbidden => "Your role does not allow this.",
            StatusCodes.Status401Unauthorized => "Your sign-in has expired; sign in again.",
            StatusCodes.Status429TooManyRequests => "Too many requests in a short time; wait a moment and try again.",
            _ => Detail is { Length: > 0 } detail && !string.Equals(detail, Title, StringComparison.Ordinal) ? $"{Title}: {detail}" : Title,
        };

    public static ApiProblem Unavailable(string service, int status) => new(status, $"The {service} service is not answering", null,
        new Dictionary<string, string[]>()) { UnavailableService = service };

    public static ApiProblem Read(int status, string? body, string service)
    {
        if (status is StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout)
        {
            return Unavailable(service, status);
        }

        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            var root = document.RootElement;
            var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(message => message.ToString()).ToArray()
                        : [field.Value.ToString()];
                }
            }

            return new ApiProblem(status, Text(root, "title") ?? DefaultTitle(status), Text(root, "detail"), errors)
            {
                CurrentVersion = root.TryGetProperty("currentVersion", out var version) && version.TryGetInt32(out var current) ? current : null,
                Line = root.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number && line.TryGetInt32(out var number) ? number : null,
            };
        }
        catch (JsonException)
        {
            return new ApiProblem(status, DefaultTitle(status), null, new Dictionary<string, string[]>());
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string DefaultTitle(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request was not accepted",
        StatusCodes.Status401Unauthorized => "Not signed in",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Changed in the meantime",
        StatusCodes.Status413PayloadTooLarge => "Too large",
        _ => $"The request failed ({status})",
    };
}
