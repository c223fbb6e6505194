using Microsoft.EntityFrameworkCore;
using Platform.Contracts.AssistanceRequests;
using Reporting.Persistence;

namespace Reporting.AssistanceRequests;

/// <summary>Applies an assistance-request snapshot when it is newer than what is held.</summary>
public static class AssistanceRecords
{
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, AssistanceRequestSnapshot request, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var record = db.AssistanceRequests.Local.FirstOrDefault(r => r.RequestId == request.Id)
            ?? await db.AssistanceRequests.FirstOrDefaultAsync(r => r.RequestId == request.Id, cancellationToken);
        if (record is null)
        {
            record = new AssistanceRecord
            {
                RequestId = request.Id, Convention = request.Convention, Party = request.Party,
                Subject = request.Subject, Status = request.Status,
            };
            db.AssistanceRequests.Add(record);
        }
        else if (record.Version >= request.Version)
        {
            return false;
        }

        record.Convention = request.Convention;
        record.Version = request.Version;
        record.Party = request.Party;
        record.Subject = request.Subject;
        record.Description = request.Description;
        record.ReceivedOn = request.ReceivedOn;
        record.Status = request.Status;
        record.Outcome = request.Outcome;
        record.ClosedOn = request.ClosedOn;
        record.Mandate = request.Mandate;
        record.SourceMessageId = sourceMessageId;
        return true;
    }
}
