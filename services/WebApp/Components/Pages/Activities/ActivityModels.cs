namespace WebApp.Components.Pages.Activities;

/// <summary>An activity as <c>GET /api/{convention}/activities/{id}</c> answers it.</summary>
public sealed record Activity(
    Guid Id,
    string Convention,
    int Version,
    string Title,
    string Description,
    string Type,
    string Status,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Mandates,
    IReadOnlyList<string> SdgTargets,
    IReadOnlyList<string> Outputs,
    bool ResourceDependent,
    IReadOnlyList<string> Conventions,
    IReadOnlyList<Participant> Participants,
    bool Withdrawn,
    string? WithdrawalReason,
    DateTime RecordedAt,
    DateTime UpdatedAt)
{
    /// <summary>The conventions not invited yet, which a proposal may still name.</summary>
    public IEnumerable<Convention> Invitable =>
        Shared.Convention.All.Where(other => other.Key != Convention && Participants.All(participant => participant.Convention != other.Key));
}

/// <summary>A convention invited to a joint activity and where it stands: <c>proposed</c>, <c>accepted</c> or <c>declined</c>.</summary>
public sealed record Participant(
    Guid ProposalId, string Convention, string Status, IReadOnlyList<string> Mandates, string? DeclineReason, DateTime ProposedAt, DateTime? AnsweredAt);

/// <summary>A partner id the convention's service accepts (<c>GET /api/{convention}/partners</c>, its replica of the directory).</summary>
public sealed record KnownPartner(string Id, string Name, string? Acronym, string Kind, string? ParentId, bool Retired, int Version)
{
    public string Label => Acronym is { Length: > 0 } acronym ? $"{Name} ({acronym})" : Name;
}

/// <summary>A mandate as <c>GET /api/{convention}/mandates</c> lists it; only what a picker shows is read.</summary>
public sealed record MandateChoice(string Reference, string Decision, string Text, string Status, string? SupersededBy)
{
    /// <summary>The mandate's words, cut to a line a picker can show.</summary>
    public string ShortText => Text.Length <= 140 ? Text : Text[..137].TrimEnd() + "…";
}
