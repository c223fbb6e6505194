namespace Reporting.Reports.Reviews;

/// <summary>The sections of a run's report, composed from its compiled report, with the compiler's edits.</summary>
internal static class RunSections
{
    /// <summary>The ids of the run's sections; null when there is no such run.</summary>
    public static async Task<IReadOnlySet<string>?> IdsAsync(ReportingDbContext db, Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.ReportRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.ReportJson }).FirstOrDefaultAsync(cancellationToken);
        return run is null ? null : new HashSet<string>(StringComparer.Ordinal);
    }
}
