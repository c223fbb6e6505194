using System.Globalization;

namespace Platform.Conventions.AssistanceRequests;

/// <summary>A Party's request as the team records it; <c>version</c> (or If-Match) is required on updates.</summary>
public sealed record AssistanceRequestBody(
    string? Party,
    string? Subject,
    string? Description,
    string? ReceivedOn,
    string? Status,
    string? Outcome,
    string? ClosedOn,
    string? Mandate,
    int? Version = null)
{
    public ValidatedAssistanceRequest? Validate(ValidationErrors errors)
    {
        if (!PartyCodes.TryNormalize(Party, out var party))
        {
            errors.Add("party", string.IsNullOrWhiteSpace(Party)
                ? "'party' is required: the Party's ISO 3166-1 alpha-2 code, such as KE or BR."
                : $"'{Party}' is not an ISO 3166-1 alpha-2 country code.");
        }

        var subject = errors.SingleLine("subject", Subject, 300, required: true);
        var description = errors.MultiLine("description", Description, 8000);
        var outcome = errors.MultiLine("outcome", Outcome, 8000);
        var mandate = errors.SingleLine("mandate", Mandate, 60) is { } reference ? MandateReferenceText.Normalize(reference) : null;
        var receivedOn = errors.IsoDate("receivedOn", ReceivedOn, required: true);
        var closedOn = errors.IsoDate("closedOn", ClosedOn);

        var status = AssistanceRequestStatus.Open;
        if (Status is not null && !KebabNames.TryParse(Status, out status))
        {
            errors.Add("status", $"'{Status}' is not a status: use one of {KebabNames.Allowed<AssistanceRequestStatus>()}.");
        }

        if (status == AssistanceRequestStatus.Closed && closedOn is null)
        {
            errors.Add("closedOn", "A closed request needs the date it was closed.");
        }

        if (receivedOn is not null && closedOn is not null && closedOn < receivedOn)
        {
            errors.Add("closedOn", "'closedOn' must not be before 'receivedOn'.");
        }

        return errors.IsEmpty
            ? new ValidatedAssistanceRequest(party, subject!, description ?? "", receivedOn!.Value, status, outcome, closedOn, mandate)
            : null;
    }
}

public sealed record ValidatedAssistanceRequest(
    string Party, string Subject, string Description, DateOnly ReceivedOn, AssistanceRequestStatus Status,
    string? Outcome, DateOnly? ClosedOn, string? Mandate);

public sealed record AssistanceRequestDto(
    Guid Id, string Convention, int Version, string Party, string Subject, string Description, DateOnly ReceivedOn,
    string Status, string? Outcome, DateOnly? ClosedOn, string? Mandate, DateTime UpdatedAt)
{
    public static AssistanceRequestDto From(AssistanceRequest request) => new(
        request.Id, request.Convention, request.Version, request.Party, request.Subject, request.Description,
        request.ReceivedOn, KebabNames.Of(request.Status), request.Outcome, request.ClosedOn, request.Mandate,
        DateTime.SpecifyKind(request.UpdatedAt, DateTimeKind.Utc));
}
