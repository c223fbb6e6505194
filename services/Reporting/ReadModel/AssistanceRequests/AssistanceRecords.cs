using Platform.Contracts.AssistanceRequests;

namespace Reporting.ReadModel.AssistanceRequests;

/// <summary>Applies an assistance-request snapshot when it is newer than what is held.</summary>
public static class AssistanceRecords
{
    /// <summary>True when the snapshot changed the read model. The caller saves.</summary>
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, AssistanceRequestSnapshot request, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var held = await db.AssistanceRequests.FindAsync([request.Id], cancellationToken);
        return db.AssistanceRequests.ApplyIfNewer(held, held?.Version, request.Version,
            () => new AssistanceRecord
            {
                RequestId = request.Id, Convention = request.Convention, Party = request.Party,
                Subject = request.Subject, Status = request.Status,
            },
            record =>
            {
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
            });
    }
}
