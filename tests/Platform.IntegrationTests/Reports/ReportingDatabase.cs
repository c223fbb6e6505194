using Platform.Contracts.Contributions;
using Reporting.ReadModel.Activities;
using Reporting.Reports.Runs;

namespace Platform.IntegrationTests.Reports;

/// <summary>Reaches into the reporting service's own database, to stage what a lost message leaves behind.</summary>
public static class ReportingDatabase
{
    public static async Task ForgetActivityAsync(PlatformStack stack, Guid activityId)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Activities.Where(a => a.ActivityId == activityId).ExecuteDeleteAsync();
    }

    public static async Task ForgetDecisionAsync(PlatformStack stack, string symbol)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Mandates.Where(m => m.DecisionSymbol == symbol).ExecuteDeleteAsync();
        await db.Decisions.Where(d => d.Symbol == symbol).ExecuteDeleteAsync();
    }

    /// <summary>The version of a contributed item the read model holds; null when it holds none.</summary>
    public static async Task<int?> HeldVersionAsync(PlatformStack stack, string kind, string id)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await ContributionStates.HeldVersionAsync(db, kind, id, CancellationToken.None);
    }

    /// <summary>Deletes a partner-liaison item's row from the read model, as if its events had been lost.</summary>
    public static async Task ForgetAsync(PlatformStack stack, string kind, string id)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var guid = Guid.TryParse(id, out var parsed) ? parsed : Guid.Empty;
        var deleted = kind switch
        {
            ContributionKinds.Partner => await db.Partners.Where(p => p.PartnerId == id).ExecuteDeleteAsync(),
            ContributionKinds.Membership => await db.Memberships.Where(m => m.MembershipId == guid).ExecuteDeleteAsync(),
            ContributionKinds.Coalition => await db.Coalitions.Where(c => c.CoalitionId == id).ExecuteDeleteAsync(),
            ContributionKinds.Engagement => await db.Engagements.Where(e => e.EngagementId == guid).ExecuteDeleteAsync(),
            ContributionKinds.Transmission => await db.Transmissions.Where(t => t.TransmissionId == guid).ExecuteDeleteAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a partner-liaison kind"),
        };
        Assert.Equal(1, deleted);
    }

    /// <summary>
    /// Changes an activity in the read model behind the service's back, as data from before a rule
    /// would be: through a context of the service's database without the service's own checks on
    /// saving, as an older release or another tool would have written it.
    /// </summary>
    public static async Task RewriteActivityAsync(PlatformStack stack, Guid activityId, Action<ActivityRecord> rewrite)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        await using var db = Unguarded(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
        rewrite(await db.Activities.SingleAsync(a => a.ActivityId == activityId));
        await db.SaveChangesAsync();
    }

    private static ReportingDbContext Unguarded(ReportingDbContext service)
    {
        var connectionString = service.Database.GetConnectionString();
        return service is SqliteReportingDbContext
            ? new SqliteReportingDbContext(new DbContextOptionsBuilder<SqliteReportingDbContext>().UseSqlite(connectionString).Options)
            : new PostgreSqlReportingDbContext(new DbContextOptionsBuilder<PostgreSqlReportingDbContext>().UseNpgsql(connectionString).Options);
    }

    /// <summary>Renames a partner in the read model; false while the read model does not hold it yet.</summary>
    public static async Task<bool> RenamePartnerAsync(PlatformStack stack, string partnerId, string name)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.Partners.Where(p => p.PartnerId == partnerId).ExecuteUpdateAsync(p => p.SetProperty(x => x.Name, name)) == 1;
    }

    public static async Task RewriteMandateTextAsync(PlatformStack stack, string reference, string text)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Mandates.Where(m => m.Reference == reference).ExecuteUpdateAsync(m => m.SetProperty(x => x.Text, text));
    }

    /// <summary>The compiled report a run stores, as stored.</summary>
    public static async Task<string?> ReportJsonAsync(PlatformStack stack, Guid runId)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.ReportRuns.Where(r => r.Id == runId).Select(r => r.ReportJson).SingleAsync();
    }

    public static async Task StoreReportJsonAsync(PlatformStack stack, Guid runId, string reportJson)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.ReportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(r => r.SetProperty(x => x.ReportJson, reportJson));
    }

    /// <summary>Stores a finished run holding <paramref name="reportJson"/>, as a run stored by an earlier release would be.</summary>
    public static async Task StoreCompiledRunAsync(PlatformStack stack, Guid runId, string reportJson)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var now = DateTime.UtcNow;
        db.ReportRuns.Add(new ReportRun
        {
            Id = runId,
            Kind = "international-cooperation",
            From = new DateOnly(2019, 5, 11),
            To = new DateOnly(2021, 7, 31),
            State = ReportRunStates.Completed,
            RequestedAt = now,
            Deadline = now,
            FinishedAt = now,
            ReportJson = reportJson,
        });
        await db.SaveChangesAsync();
    }
}
