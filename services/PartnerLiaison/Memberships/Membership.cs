using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerLiaison.Organisations;

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

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(membership => membership.Id);
        builder.Property(membership => membership.PartnerId).HasMaxLength(PartnerId.MaxLength);
        builder.Property(membership => membership.Status).HasMaxLength(20);
        builder.Property(membership => membership.Version).IsConcurrencyToken();
        // One standing per body short of ended, even when two are recorded at the same instant.
        builder.HasIndex(membership => membership.PartnerId).IsUnique().HasFilter($"\"Status\" <> '{MembershipStatus.Ended}'");
        builder.HasMany(membership => membership.History).WithOne().HasForeignKey(change => change.MembershipId);
        builder.Navigation(membership => membership.History).AutoInclude();
    }
}

internal sealed class MembershipStatusChangeConfiguration : IEntityTypeConfiguration<MembershipStatusChange>
{
    public void Configure(EntityTypeBuilder<MembershipStatusChange> builder)
    {
        builder.ToTable("membership_status_changes");
        builder.HasKey(change => new { change.MembershipId, change.Sequence });
        builder.Property(change => change.Sequence).ValueGeneratedNever();
        builder.Property(change => change.Status).HasMaxLength(20);
        builder.Property(change => change.Note).HasMaxLength(MembershipRequests.NoteMaxLength);
        builder.Property(change => change.RecordedBy).HasMaxLength(200);
    }
}
