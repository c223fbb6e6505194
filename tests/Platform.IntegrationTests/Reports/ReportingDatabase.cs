using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Hosting;
using Reporting.Persistence;

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

    public static async Task<bool> HoldsMembershipAsync(PlatformStack stack, Guid membershipId)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.Memberships.AnyAsync(m => m.MembershipId == membershipId);
    }

    public static async Task ForgetMembershipAsync(PlatformStack stack, Guid membershipId)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Memberships.Where(m => m.MembershipId == membershipId).ExecuteDeleteAsync();
    }
}
