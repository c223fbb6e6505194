using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Partners;
using Reporting.Persistence;

namespace Reporting.Partners;

/// <summary>Applies a partner snapshot when it is newer than what is held.</summary>
public static class PartnerRecords
{
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, PartnerSnapshot partner, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var record = db.Partners.Local.FirstOrDefault(p => p.PartnerId == partner.Id)
            ?? await db.Partners.FirstOrDefaultAsync(p => p.PartnerId == partner.Id, cancellationToken);
        if (record is null)
        {
            record = new PartnerRecord { PartnerId = partner.Id, Name = partner.Name, Kind = partner.Kind };
            db.Partners.Add(record);
        }
        else if (record.Version >= partner.Version)
        {
            return false;
        }

        record.Version = partner.Version;
        record.Name = partner.Name;
        record.Acronym = partner.Acronym;
        record.Kind = partner.Kind;
        record.ParentId = partner.ParentId;
        record.Retired = partner.Retired;
        record.SourceMessageId = sourceMessageId;
        return true;
    }
}
