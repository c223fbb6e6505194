using System.Globalization;

namespace WebApp.Components.Pages.AssistanceRequests;

/// <summary>A Party's request for assistance as <c>GET /api/{convention}/assistance-requests/{id}</c> answers it.</summary>
public sealed record AssistanceRequest(
    Guid Id,
    string Convention,
    int Version,
    string Party,
    string Subject,
    string Description,
    DateOnly ReceivedOn,
    string Status,
    string? Outcome,
    DateOnly? ClosedOn,
    string? Mandate,
    DateTime UpdatedAt)
{
    public bool IsClosed => Status == AssistanceRequestStatuses.Closed;
}

/// <summary>How a request's status reads on the page.</summary>
public static class AssistanceRequestStatuses
{
    public const string Open = "open";
    public const string InProgress = "in-progress";
    public const string Closed = "closed";

    public static IReadOnlyList<(string Value, string Text)> All { get; } =
        [(Open, "Open"), (InProgress, "In progress"), (Closed, "Closed")];

    public static string Describe(string status) => All.FirstOrDefault(known => known.Value == status).Text ?? status;
}

/// <summary>
/// What the team types into a request's form, and the body the API takes from it: every field,
/// since a revision replaces the whole request. The API validates; its messages go next to the
/// fields they name.
/// </summary>
public sealed class AssistanceRequestForm
{
    public string? Party { get; set; }

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public string? Status { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? Mandate { get; set; }

    /// <summary>The version the form was filled from, sent back as <c>If-Match</c>.</summary>
    public int? Version { get; set; }

    /// <summary>The fields the API may name, so a message for any other is shown above the form.</summary>
    public static readonly string[] Fields = ["party", "subject", "description", "receivedOn", "status", "outcome", "closedOn", "mandate"];

    public static AssistanceRequestForm From(AssistanceRequest request) => new()
    {
        Party = request.Party,
        Subject = request.Subject,
        Description = request.Description,
        ReceivedOn = request.ReceivedOn,
        Status = request.Status,
        Outcome = request.Outcome,
        ClosedOn = request.ClosedOn,
        Mandate = request.Mandate,
        Version = request.Version,
    };

    public object ToBody() => new
    {
        party = Party,
        subject = Subject,
        description = Description,
        receivedOn = IsoDate(ReceivedOn),
        status = Status,
        outcome = string.IsNullOrWhiteSpace(Outcome) ? null : Outcome,
        closedOn = IsoDate(ClosedOn),
        mandate = string.IsNullOrWhiteSpace(Mandate) ? null : Mandate,
    };

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
