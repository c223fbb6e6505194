using Platform.Contracts.AssistanceRequests;

namespace Platform.Conventions.AssistanceRequests;

/// <summary>The contract snapshot of a stored request: what its events carry and what a report run fetches.</summary>
public static class AssistanceRequestEvents
{
    public static AssistanceRequestSnapshot Snapshot(AssistanceRequest request) => new()
    {
        Id = request.Id,
        Convention = request.Convention,
        Version = request.Version,
        Party = request.Party,
        Subject = request.Subject,
        Description = request.Description,
        ReceivedOn = request.ReceivedOn,
        Status = KebabNames.Of(request.Status),
        Outcome = request.Outcome,
        ClosedOn = request.ClosedOn,
        Mandate = request.Mandate,
    };
}
