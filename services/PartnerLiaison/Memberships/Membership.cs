namespace PartnerLiaison.Memberships;

/// <summary>The Secretariat's standing with one body (membership of IOMC, observer at its meetings), with its history.</summary>
public sealed class Membership
{
    public Guid Id { get; set; }

    public required string PartnerId { get; set; }

    public int Version { get; set; }

    public required string Status { get; set; }

    /// <summary>When the first status took effect, when known.</summary>
    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>Every mandate cited along the way, in the order first cited.</summary>
    public List<string> Mandates { get; set; } = [];

    public List<MembershipStatusChange> History { get; set; } = [];

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    public static Membership Open(string partnerId, MembershipStep first, DateTime now)
    {
        var membership = new Membership
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            Status = first.Status,
            StartedOn = first.On,
            CreatedAt = now,
        };
        membership.Append(first, now);
        return membership;
    }

    /// <summary>Moves to another status; the caller has checked <see cref="MembershipStatus.CanMove"/>.</summary>
    public void MoveTo(MembershipStep step, DateTime now)
    {
        if (!MembershipStatus.CanMove(Status, step.Status))
        {
            throw new InvalidOperationException(MembershipStatus.Refusal(Status, step.Status));
        }

        Append(step, now);
    }

    private void Append(MembershipStep step, DateTime now)
    {
        History.Add(new MembershipStatusChange
        {
            MembershipId = Id,
            Sequence = History.Count + 1,
            Status = step.Status,
            On = step.On,
            Mandates = [.. step.Mandates],
            Note = step.Note,
            RecordedAt = now,
            RecordedBy = step.Author ?? "",
        });
        Status = step.Status;
        Mandates.AddRange(step.Mandates.Where(mandate => !Mandates.Contains(mandate)));
        EndedOn = step.Status == MembershipStatus.Ended ? step.On : null;
        Version++;
        UpdatedAt = now;
    }
}

/// <summary>A status to record, when it took effect, the mandates behind it and a note.</summary>
public sealed record MembershipStep(string Status, DateOnly? On, IReadOnlyList<string> Mandates, string Note, string? Author);

/// <summary>One step of a membership's history.</summary>
public sealed class MembershipStatusChange
{
    public Guid MembershipId { get; set; }

    public int Sequence { get; set; }

    public required string Status { get; set; }

    public DateOnly? On { get; set; }

    public List<string> Mandates { get; set; } = [];

    public string Note { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; set; }

    public string RecordedBy { get; set; } = "";
}
