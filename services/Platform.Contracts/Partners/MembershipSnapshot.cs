namespace Platform.Contracts.Partners;

/// <summary>The Secretariat's standing with one body at one version, with the whole history behind it.</summary>
public sealed record MembershipSnapshot
{
    public required Guid Id { get; init; }

    public required int Version { get; init; }

    /// <summary>The body, a partner directory id such as <c>iomc</c>.</summary>
    public required string PartnerId { get; init; }

    /// <summary><c>observer</c>, <c>invited</c>, <c>applied</c>, <c>member</c> or <c>ended</c>.</summary>
    public required string Status { get; init; }

    /// <summary>When the first status took effect, when known.</summary>
    public DateOnly? StartedOn { get; init; }

    /// <summary>When the standing ended, for an <c>ended</c> membership.</summary>
    public DateOnly? EndedOn { get; init; }

    /// <summary>Every mandate cited for the standing (<c>BC-14/21 8</c>).</summary>
    public IReadOnlyList<string> Mandates { get; init; } = [];

    /// <summary>Every status the standing went through, oldest first.</summary>
    public IReadOnlyList<MembershipStatusChangeSnapshot> History { get; init; } = [];

    public required DateTimeOffset UpdatedAt { get; init; }
}
