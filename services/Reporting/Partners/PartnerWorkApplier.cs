using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Partners;
using Reporting.Persistence;

namespace Reporting.Partners;

/// <summary>Applies membership and engagement snapshots when they are newer than what is held.</summary>
public static class PartnerWorkApplier
{
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, MembershipSnapshot membership, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var record = db.Memberships.Local.FirstOrDefault(m => m.MembershipId == membership.Id)
            ?? await db.Memberships.FirstOrDefaultAsync(m => m.MembershipId == membership.Id, cancellationToken);
        if (record is null)
        {
            record = new MembershipRecord { MembershipId = membership.Id, PartnerId = membership.PartnerId, Status = membership.Status };
            db.Memberships.Add(record);
        }
        else if (record.Version >= membership.Version)
        {
            return false;
        }

        record.Version = membership.Version;
        record.PartnerId = membership.PartnerId;
        record.Status = membership.Status;
        record.StartedOn = membership.StartedOn;
        record.EndedOn = membership.EndedOn;
        record.Mandates = [.. membership.Mandates];
        record.SourceMessageId = sourceMessageId;
        return true;
    }

    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, EngagementSnapshot engagement, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var record = db.Engagements.Local.FirstOrDefault(e => e.EngagementId == engagement.Id)
            ?? await db.Engagements.FirstOrDefaultAsync(e => e.EngagementId == engagement.Id, cancellationToken);
        if (record is null)
        {
            record = new EngagementRecord { EngagementId = engagement.Id, Kind = engagement.Kind, Title = engagement.Title };
            db.Engagements.Add(record);
        }
        else if (record.Version >= engagement.Version)
        {
            return false;
        }

        record.Version = engagement.Version;
        record.Kind = engagement.Kind;
        record.Title = engagement.Title;
        record.Participation = engagement.Participation;
        record.Start = engagement.Start;
        record.End = engagement.End;
        record.Partners = [.. engagement.Partners];
        record.Conventions = [.. engagement.Conventions];
        record.Activities = [.. engagement.Activities];
        record.Mandates = [.. engagement.Mandates];
        record.Withdrawn = engagement.Withdrawn;
        record.SourceMessageId = sourceMessageId;
        return true;
    }
}
